/* The result page's "Print" button, shown only when JavaScript can print. */
(function () {
    "use strict";
    var buttons = document.querySelectorAll("[data-print]");
    Array.prototype.forEach.call(buttons, function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
})();
