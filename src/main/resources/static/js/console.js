// Charts of the console. The page content security policy allows no inline script, so a page
// describes each chart as an ECharts option in JSON, built on the server:
//   <div class="chart" data-chart="id-of-json"></div>
//   <script type="application/json" id="id-of-json">{...option...}</script>
(function () {
  'use strict';
  var charts = [];
  function init() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var source = document.getElementById(element.getAttribute('data-chart'));
      if (!source) { return; }
      var chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(JSON.parse(source.textContent));
      charts.push(chart);
    });
  }
  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
