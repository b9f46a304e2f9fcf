// Tag and describe (posts/photo_tag.html): find a pupil by name and show one class. Without
// JavaScript every pupil is listed by class, the author's classes first.
(function () {
  "use strict";
  var tools = document.querySelector(".picker-tools");
  if (!tools) { return; }
  var search = document.getElementById("pupil-search");
  var klass = document.getElementById("pupil-class");
  var shown = document.getElementById("pupil-shown");
  var groups = document.querySelectorAll(".pupil-group");
  function filter() {
    var words = search.value.trim().toLowerCase();
    var count = 0;
    groups.forEach(function (group) {
      var inClass = !klass.value || group.dataset.klass === klass.value;
      var visible = 0;
      group.querySelectorAll("li").forEach(function (item) {
        var box = item.querySelector("input");
        var match = inClass && (!words || item.textContent.toLowerCase().indexOf(words) !== -1);
        item.hidden = !(match || box.checked);  // a ticked pupil always stays in view
        if (!item.hidden) { visible += 1; }
      });
      group.hidden = visible === 0;
      count += visible;
    });
    shown.textContent = count === 1 ? "1 pupil shown" : count + " pupils shown";
  }
  tools.hidden = false;
  search.addEventListener("input", filter);
  klass.addEventListener("change", filter);
  filter();
}());
