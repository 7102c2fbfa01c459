// Progressive enhancement of the banner carousel: previous/next buttons, numbered dots that
// follow the slide in view, and gentle auto-advance that pauses on hover and focus, stops for
// good with its pause button (WCAG 2.2.2), and never runs for readers who prefer reduced motion.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.carousel').forEach(setUp);
  });

  function setUp(carousel) {
    var track = carousel.querySelector('.carousel-track');
    var slides = carousel.querySelectorAll('.slide');
    var dots = carousel.querySelectorAll('.carousel-dots a');
    if (!track || slides.length < 2) {
      return;
    }
    var current = 0;
    var paused = false;
    var stopped = false;

    function show(index) {
      current = (index + slides.length) % slides.length;
      track.scrollTo({ left: slides[current].offsetLeft - track.offsetLeft, behavior: 'smooth' });
      mark();
    }

    function mark() {
      dots.forEach(function (dot, i) {
        dot.classList.toggle('active', i === current);
        if (i === current) {
          dot.setAttribute('aria-current', 'true');
        } else {
          dot.removeAttribute('aria-current');
        }
      });
    }

    function button(className, label, step) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'carousel-button ' + className;
      b.setAttribute('aria-label', label);
      b.textContent = step < 0 ? '‹' : '›';
      b.addEventListener('click', function () { show(current + step); });
      carousel.appendChild(b);
    }

    var labels = carousel.dataset;
    button('previous', labels.previousLabel || 'Previous', -1);
    button('next', labels.nextLabel || 'Next', 1);

    dots.forEach(function (dot, i) {
      dot.addEventListener('click', function (event) {
        event.preventDefault();
        show(i);
      });
    });

    track.addEventListener('scroll', function () {
      var index = Math.round(track.scrollLeft / track.clientWidth);
      if (index !== current && index >= 0 && index < slides.length) {
        current = index;
        mark();
      }
    }, { passive: true });

    ['mouseenter', 'focusin', 'touchstart'].forEach(function (type) {
      carousel.addEventListener(type, function () { paused = true; }, { passive: true });
    });
    ['mouseleave', 'focusout'].forEach(function (type) {
      carousel.addEventListener(type, function () { paused = false; });
    });

    mark();
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!reduced) {
      pauseButton(labels.pauseLabel || 'Pause the slides');
      window.setInterval(function () {
        if (!paused && !stopped && !document.hidden) {
          show(current + 1);
        }
      }, 6000);
    }

    function pauseButton(label) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'carousel-pause';
      b.setAttribute('aria-label', label);
      b.setAttribute('aria-pressed', 'false');
      b.textContent = '❚❚';
      b.addEventListener('click', function () {
        stopped = !stopped;
        b.setAttribute('aria-pressed', String(stopped));
        b.textContent = stopped ? '▶' : '❚❚';
      });
      carousel.appendChild(b);
    }
  }
})();
