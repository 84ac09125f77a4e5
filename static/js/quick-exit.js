/*
 * Quick exit, after GOV.UK's "Exit this page": blank the page at once, replace
 * this history entry with a neutral site, and also leave on Shift pressed three
 * times within a few seconds. Without JavaScript the control is a plain link.
 */
(function () {
    "use strict";
    var root = document.querySelector("[data-quick-exit]");
    if (!root) { return; }
    var link = root.querySelector("[data-quick-exit-link]");
    var status = root.querySelector("[data-quick-exit-status]");
    var hint = document.getElementById("quick-exit-hint");
    var presses = 0;
    var timer = null;

    if (hint && root.dataset.hint) {
        hint.textContent = hint.textContent + " " + root.dataset.hint;
    }

    function leave(event) {
        if (event) { event.preventDefault(); }
        document.documentElement.classList.add("is-exiting");
        if (status) { status.textContent = root.dataset.leaving || ""; }
        document.title = "\u200b";
        window.location.replace(link.href);
    }

    function resetPresses() {
        presses = 0;
        if (status) { status.textContent = ""; }
    }

    link.addEventListener("click", leave);

    document.addEventListener("keyup", function (event) {
        if (event.key !== "Shift") {
            resetPresses();
            return;
        }
        presses += 1;
        window.clearTimeout(timer);
        timer = window.setTimeout(resetPresses, 5000);
        if (presses >= 3) {
            leave();
        } else if (status) {
            status.textContent = presses === 1 ? root.dataset.pressTwo : root.dataset.pressOne;
        }
    });

    // Coming back with the browser's Back button shows the page again.
    window.addEventListener("pageshow", function (event) {
        if (event.persisted) {
            document.documentElement.classList.remove("is-exiting");
            resetPresses();
        }
    });
})();
