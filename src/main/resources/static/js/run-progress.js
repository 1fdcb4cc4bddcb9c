// The data page's line on a run of the period in progress (it may run on another instance or for another
// officer): while the page shows one, or once «Đánh giá lại kỳ» is pressed (the page waits for the run),
// the period's newest run is read every 2 s and the line follows its progress; when that run has ended
// (and this page is not itself waiting for it) the page is reloaded to show the result.
(function () {
  'use strict';
  var line = document.getElementById('run-progress');
  if (!line) { return; }
  var period = line.getAttribute('data-period');
  var submitted = false;
  var timer = null;
  function show(run) {
    var p = run.progress || { percent: 0, peopleDone: 0, peopleTotal: 0 };
    line.textContent = 'Lượt ' + run.id + ' đang chạy (do ' + run.startedBy + '): ' + p.percent + '%, '
      + p.peopleDone + '/' + p.peopleTotal + ' cán bộ đã có kết quả.';
    line.hidden = false;
  }
  function poll() {
    fetch('/api/periods/' + encodeURIComponent(period) + '/runs?page=0&size=1', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (page) {
        var run = page && page.items && page.items[0];
        if (run && run.state === 'RUNNING') {
          show(run);
        } else if (!line.hidden && !submitted) {
          window.clearInterval(timer);
          window.location.reload();
        }
      })
      .catch(function () { /* the next poll tries again */ });
  }
  function start() {
    if (timer === null) { timer = window.setInterval(poll, 2000); }
  }
  var form = document.getElementById('run-form');
  if (form) { form.addEventListener('submit', function () { submitted = true; start(); }); }
  if (!line.hidden) { start(); }
}());
