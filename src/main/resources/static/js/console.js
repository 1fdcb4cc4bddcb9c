// Charts of the console. The page content security policy allows no inline script, so a page
// describes each chart as an ECharts option in JSON, built on the server:
//   <div class="chart" data-chart="id-of-json"></div>
//   <script type="application/json" id="id-of-json">{...option...}</script>
// Names of people, units, objectives and KPIs flow into tooltips and labels, so every chart is text only:
// the SVG renderer writes labels as text nodes, and tooltips are drawn as rich text (never innerHTML).
(function () {
  'use strict';
  var charts = [];
  function textOnly(option) {
    var tooltips = Array.isArray(option.tooltip) ? option.tooltip : [option.tooltip || {}];
    option.tooltip = tooltips.map(function (tooltip) { return Object.assign({}, tooltip, { renderMode: 'richText' }); });
    return option;
  }
  function init() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var source = document.getElementById(element.getAttribute('data-chart'));
      if (!source) { return; }
      var chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(textOnly(JSON.parse(source.textContent)));
      charts.push(chart);
    });
  }
  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
