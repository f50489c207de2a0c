/*
 * What a person types into a form marked data-draft is copied into this browser (localStorage, for a week) as they
 * type, and put back when the page opens with the form empty: after the session ended while they wrote, after the
 * browser was closed, after a failed connection. A notice says so, with a button that clears the restored text. The
 * copy is removed once the server says the form's text was stored (data-drafts-done on the body). While the person
 * types, the session is kept alive (data-keep-alive: every ten minutes, for at most four hours).
 */
(function () {
    'use strict';
    var PREFIX = 'wiec-draft:';
    var WEEK = 7 * 24 * 60 * 60 * 1000;
    var KEEP_ALIVE_EVERY = 10 * 60 * 1000;
    var KEEP_ALIVE_AT_MOST = 4 * 60 * 60 * 1000;

    function key(formId) {
        return PREFIX + location.pathname + location.search + '#' + formId;
    }

    function fields(form) {
        return Array.prototype.filter.call(form.querySelectorAll('textarea, input'), function (field) {
            var type = (field.getAttribute('type') || 'text').toLowerCase();
            return field.name && (field.tagName === 'TEXTAREA' || ['text', 'email', 'number', 'url', 'search'].indexOf(type) >= 0)
                && !field.hasAttribute('data-draft-skip');
        });
    }

    function read(formId) {
        try {
            var draft = JSON.parse(localStorage.getItem(key(formId)) || 'null');
            return draft && Date.now() - draft.at < WEEK ? draft : null;
        } catch (e) {
            return null;
        }
    }

    function save(form) {
        var values = {};
        var any = false;
        fields(form).forEach(function (field) {
            values[field.name] = field.value;
            any = any || field.value.trim() !== '';
        });
        try {
            if (any) {
                localStorage.setItem(key(form.id), JSON.stringify({ at: Date.now(), values: values }));
            } else {
                localStorage.removeItem(key(form.id));
            }
        } catch (e) {
            // storage full or switched off: the form works as before
        }
    }

    function restore(form) {
        var draft = read(form.id);
        var list = fields(form);
        if (!draft || list.some(function (field) { return field.value.trim() !== ''; })) {
            return;
        }
        var filled = list.filter(function (field) {
            var value = draft.values[field.name];
            if (typeof value === 'string' && value !== '') {
                field.value = value;
                return true;
            }
            return false;
        });
        if (!filled.length) {
            return;
        }
        var notice = document.createElement('div');
        notice.className = 'message message--info draft-notice';
        notice.setAttribute('role', 'status');
        var text = document.createElement('p');
        text.textContent = form.getAttribute('data-draft-restored');
        var discard = document.createElement('button');
        discard.type = 'button';
        discard.className = 'button button--secondary';
        discard.textContent = form.getAttribute('data-draft-discard');
        discard.addEventListener('click', function () {
            filled.forEach(function (field) { field.value = ''; });
            localStorage.removeItem(key(form.id));
            notice.remove();
            filled[0].focus();
        });
        notice.appendChild(text);
        notice.appendChild(discard);
        form.insertBefore(notice, form.firstChild);
    }

    function keepAlive(form) {
        var address = form.getAttribute('data-keep-alive');
        var started = Date.now();
        var timer = null;
        form.addEventListener('input', function () {
            if (timer || !address) {
                return;
            }
            timer = setInterval(function () {
                if (Date.now() - started > KEEP_ALIVE_AT_MOST) {
                    clearInterval(timer);
                    return;
                }
                fetch(address, { method: 'POST', credentials: 'same-origin' }).catch(function () { });
            }, KEEP_ALIVE_EVERY);
        });
    }

    function start() {
        var done = (document.body.getAttribute('data-drafts-done') || '').split(' ');
        done.filter(Boolean).forEach(function (formId) {
            try {
                localStorage.removeItem(key(formId));
            } catch (e) {
                // nothing kept
            }
        });
        Array.prototype.forEach.call(document.querySelectorAll('form[data-draft]'), function (form) {
            restore(form);
            var pending = null;
            form.addEventListener('input', function () {
                clearTimeout(pending);
                pending = setTimeout(function () { save(form); }, 400);
            });
            keepAlive(form);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
