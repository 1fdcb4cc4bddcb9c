// Source page of a rule: brings the decided row (line) into view when the address names no anchor.
(function () {
  'use strict';
  function show() {
    if (window.location.hash) { return; }
    var decided = document.querySelector('tr.decided');
    if (decided) { decided.scrollIntoView({ block: 'center' }); }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', show); } else { show(); }
}());
