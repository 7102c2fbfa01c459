// Draws the dashboard's views-per-day chart from the data attributes of its canvas.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('views-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var days = canvas.dataset.days ? canvas.dataset.days.split(',') : [];
    var views = canvas.dataset.views ? canvas.dataset.views.split(',').map(Number) : [];
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: days,
        datasets: [{ label: canvas.dataset.label || 'Views', data: views, backgroundColor: '#0b4a8b' }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } }
      }
    });
  });
})();
