/*
 * A file chosen that is larger than its field allows (data-max-bytes) is not sent: the field is emptied and the
 * message (data-too-large) is shown in the field's error element (data-error), so the person learns it at once and
 * nothing typed on the page is lost to an upload the server would refuse. The server checks again.
 */
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[type=file][data-max-bytes]') || !input.files.length) {
            return;
        }
        var error = document.getElementById(input.getAttribute('data-error'));
        if (!error) {
            // a field whose message element the server did not write (it had nothing to say yet)
            error = document.createElement('p');
            error.id = input.getAttribute('data-error');
            error.className = 'field__error';
            error.setAttribute('role', 'alert');
            input.insertAdjacentElement('afterend', error);
        }
        if (input.files[0].size > Number(input.getAttribute('data-max-bytes'))) {
            input.value = '';
            input.setAttribute('aria-invalid', 'true');
            if (error) {
                error.textContent = input.getAttribute('data-too-large');
            }
        } else {
            input.setAttribute('aria-invalid', 'false');
            error.textContent = '';
        }
    });
})();

/*
 * A button with data-confirm asks before its form is sent (deleting one's comment): a listener, since the pages'
 * Content-Security-Policy runs no script written into the markup.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-confirm]');
        if (button && !window.confirm(button.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
})();
