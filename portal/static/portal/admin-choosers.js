// Wagtail's date and time widgets start their pickers with an inline script, which our
// Content-Security-Policy forbids. Our copies of those widget templates leave the picker's
// settings as JSON instead, and this file (loaded from 'self') starts the pickers.
(function () {
  "use strict";
  var starters = {
    date: "initDateChooser",
    datetime: "initDateTimeChooser",
    time: "initTimeChooser",
  };

  function start(root) {
    root.querySelectorAll('script[type="application/json"][data-chooser]:not([data-started])').forEach(function (node) {
      var starter = window[starters[node.dataset.chooser]];
      if (typeof starter !== "function") return;
      node.dataset.started = "true";
      starter(node.dataset.for, JSON.parse(node.textContent));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    start(document);
    // Forms that arrive later (modals, StreamField blocks) are started when they appear.
    new MutationObserver(function () {
      start(document);
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
