// Live preview and SMS segment count for message templates in the back office.
// Mirrors notifications/domain/segments.py: GSM-7 (æøå included) or UCS-2, 160/153 and 70/67 per segment.
(function () {
  "use strict";

  var GSM7_BASIC =
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  var GSM7_EXTENDED = "^{}\\[~]|€\f";
  var WARN_ABOVE = 3;

  function countSegments(text) {
    var chars = Array.from(text);
    var gsm = chars.every(function (c) {
      return GSM7_BASIC.indexOf(c) !== -1 || GSM7_EXTENDED.indexOf(c) !== -1;
    });
    var units, single, multi;
    if (gsm) {
      units = chars.reduce(function (sum, c) {
        return sum + (GSM7_EXTENDED.indexOf(c) !== -1 ? 2 : 1);
      }, 0);
      single = 160;
      multi = 153;
    } else {
      units = text.length; // UTF-16 code units, as UCS-2 counts them
      single = 70;
      multi = 67;
    }
    var segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
    return { encoding: gsm ? "GSM-7" : "UCS-2", characters: chars.length, segments: segments };
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
    });
  }

  function format(label, values) {
    return label.replace(/\{(\w+)\}/g, function (match, name) {
      return name in values ? String(values[name]) : match;
    });
  }

  function attach(field) {
    var values = JSON.parse(field.dataset.sampleValues || "{}");
    var box = document.createElement("div");
    box.className = "template-preview";
    var heading = document.createElement("p");
    heading.className = "template-preview__label";
    heading.textContent = field.dataset.labelPreview;
    var preview = document.createElement("p");
    preview.className = "template-preview__text";
    var count = document.createElement("p");
    count.className = "template-preview__count";
    count.setAttribute("aria-live", "polite");
    box.append(heading, preview, count);
    field.insertAdjacentElement("afterend", box);

    function update() {
      var text = fill(field.value, values);
      preview.textContent = text;
      if (!field.dataset.smsCounter) {
        count.hidden = true;
        return;
      }
      var result = countSegments(text);
      var tooLong = result.segments > WARN_ABOVE;
      count.textContent = format(field.dataset.labelCount, result) + (tooLong ? " " + format(field.dataset.labelWarning, result) : "");
      count.classList.toggle("template-preview__count--warning", tooLong);
    }
    field.addEventListener("input", update);
    update();
  }

  function init() {
    document.querySelectorAll("[data-template-preview]").forEach(attach);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }

  window.tidgiverSegments = { countSegments: countSegments, fill: fill };
})();
