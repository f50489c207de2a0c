/*
 * The ballot's rules checked while the person chooses: each pool says how many projects are chosen (or, in
 * allocation voting, how much of the pool they add up to) in a polite live region, and sending a ballot that breaks a
 * pool's rule is stopped with the reason beside that pool and the focus moved to it. The server checks the same rules
 * again; this only saves a round trip. Texts come from the fieldset's data attributes and the page's language.
 */
(function () {
    'use strict';
    var en = document.documentElement.lang === 'en';
    var t = en ? {
        chosen: function (n, max) { return 'Chosen: ' + n + ' of at most ' + max + '.'; },
        sum: function (sum, amount) { return 'Chosen projects cost ' + money(sum) + ' of ' + money(amount) + '.'; },
        tooMany: function (max) { return 'Choose at most ' + max + ' projects in this pool.'; },
        tooFew: function (min) { return 'Choose at least ' + min + ' projects in this pool, or none.'; },
        over: function (amount) { return 'The chosen projects cost more than ' + money(amount) + '.'; },
        repeated: 'Each project may take only one place.',
        empty: 'Choose at least one project in one pool.'
    } : {
        chosen: function (n, max) { return 'Wybrano: ' + n + ' z najwyżej ' + max + '.'; },
        sum: function (sum, amount) { return 'Wybrane projekty kosztują ' + money(sum) + ' z ' + money(amount) + '.'; },
        tooMany: function (max) { return 'W tej puli można wybrać najwyżej ' + max + ' projekty(-ów).'; },
        tooFew: function (min) { return 'W tej puli wybierz co najmniej ' + min + ' projekty(-ów) albo żadnego.'; },
        over: function (amount) { return 'Wybrane projekty kosztują więcej niż ' + money(amount) + '.'; },
        repeated: 'Każdy projekt może zająć tylko jedno miejsce.',
        empty: 'Wybierz co najmniej jeden projekt w którejś puli.'
    };

    function money(value) {
        return new Intl.NumberFormat(en ? 'en-GB' : 'pl-PL', { maximumFractionDigits: 2 }).format(value) + ' zł';
    }

    function chosen(pool) {
        if (pool.dataset.method === 'RANKED') {
            return Array.prototype.map.call(pool.querySelectorAll('select'), function (s) { return s.value; })
                .filter(function (v) { return v !== ''; });
        }
        return Array.prototype.filter.call(pool.querySelectorAll('input'), function (i) {
            return i.checked && i.value !== '';
        }).map(function (i) { return i.value; });
    }

    function problem(pool) {
        var values = chosen(pool), n = values.length;
        var min = +pool.dataset.min, max = +pool.dataset.max, amount = +pool.dataset.amount;
        if (n === 0) { return null; }
        if (new Set(values).size < n) { return t.repeated; }
        if (n > max) { return t.tooMany(max); }
        if (n < min) { return t.tooFew(min); }
        if (pool.dataset.method === 'ALLOCATION' && sum(pool) > amount) { return t.over(amount); }
        return null;
    }

    function sum(pool) {
        return Array.prototype.reduce.call(pool.querySelectorAll('input:checked'), function (total, i) {
            return total + (+i.dataset.cost || 0);
        }, 0);
    }

    function update(pool) {
        var status = pool.querySelector('.ballot-pool__status');
        if (!status || pool.dataset.method === 'ONE_VOTE') { return; }
        status.textContent = pool.dataset.method === 'ALLOCATION'
            ? t.sum(sum(pool), +pool.dataset.amount)
            : t.chosen(chosen(pool).length, +pool.dataset.max);
    }

    window.wiecBallot = {
        check: function (form) {
            var pools = form.querySelectorAll('.ballot-pool'), first = null, any = false;
            Array.prototype.forEach.call(pools, function (pool) {
                var text = problem(pool), slot = pool.querySelector('.field__error');
                if (chosen(pool).length > 0) { any = true; }
                slot.textContent = text || '';
                pool.classList.toggle('ballot-pool--invalid', !!text);
                if (text && !first) { first = pool; }
            });
            if (!first && !any && pools.length) {
                first = pools[0];
                first.querySelector('.field__error').textContent = t.empty;
            }
            if (first) {
                var control = first.querySelector('input, select');
                if (control) { control.focus(); }
                return false;
            }
            var button = form.querySelector('[type=submit]');
            if (button) { setTimeout(function () { button.disabled = true; }, 0); }
            return true;
        }
    };

    document.addEventListener('change', function (event) {
        var pool = event.target.closest && event.target.closest('.ballot-pool');
        if (pool) { update(pool); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('.ballot-pool'), update);

    // the ballot form is checked before it is sent (a listener: the page's Content-Security-Policy allows no inline one)
    document.addEventListener('submit', function (event) {
        if (event.target.id === 'ballot' && !window.wiecBallot.check(event.target)) {
            event.preventDefault();
        }
    });
}());
