// A Print button ([data-print], hidden until this runs): the browser's print dialogue.
document.querySelectorAll("[data-print]").forEach(function (button) {
  "use strict";
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
