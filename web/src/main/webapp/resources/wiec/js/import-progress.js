/*
 * Follows a background import of paper answers: while the job runs (data-running on #import-running), the page clicks
 * its own "refresh the progress" button once a second; the button's Ajax request re-renders the bar and, at the end,
 * the outcome (in a polite live region) and the counts. Without scripts a click on the button does the same. After a
 * failed request the next try waits longer.
 */
(function () {
    'use strict';

    var waiting = false;

    function running() {
        var region = document.getElementById('import-running');
        return region !== null && region.getAttribute('data-running') === 'true';
    }

    function follow(delay) {
        if (waiting) {
            return;
        }
        waiting = true;
        window.setTimeout(function () {
            waiting = false;
            var button = document.getElementById('refresh-import');
            if (running() && button !== null) {
                button.click();
            }
        }, delay);
    }

    function start() {
        if (typeof faces !== 'undefined') {
            faces.ajax.addOnEvent(function (data) {
                if (data.status === 'success') {
                    follow(1000);
                }
            });
            faces.ajax.addOnError(function () {
                follow(5000);
            });
        }
        follow(1000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
