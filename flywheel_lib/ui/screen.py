"""The screen's pixel density, so that a panel's picture is sharp on a HiDPI laptop.

A panel's picture is a PNG drawn in the kernel. A browser shows it at the figure's size in CSS
pixels; on a screen with 2 device pixels per CSS pixel (a MacBook, many Windows laptops at 150 %
or 200 % scaling, or any screen zoomed in) a picture drawn with one pixel per CSS pixel is
enlarged and looks soft. :class:`PixelRatio` is an invisible widget that tells the kernel the
browser's ``window.devicePixelRatio`` (and tells it again when it changes: the window moves to
another screen, the learner zooms; a media-query event where the page delivers it, else within a
second). The panel then draws its figure with that many pixels per CSS
pixel (:data:`MAX_RATIO` at most) and keeps showing it at the same CSS size.

Built with anywidget's documented API (a widget is a Python class with a synced trait and a small
ES module); nothing is drawn, and a screen of ratio 1 costs nothing extra.
"""
from __future__ import annotations

import anywidget
import traitlets

#: the densest drawing a panel makes: 2 device pixels per CSS pixel (4x the pixels of 1x; denser
#: screens enlarge a 2x picture a little, which no eye sees at arm's length)
MAX_RATIO = 2.0


def drawing_ratio(device_ratio: float) -> float:
    """Device pixels per CSS pixel to draw with, for a browser's ``devicePixelRatio``: the ratio
    rounded to a quarter, within [1, MAX_RATIO] (NaN or a missing value → 1)."""
    try:
        value = float(device_ratio)
    except (TypeError, ValueError):
        return 1.0
    if not value == value:           # NaN
        return 1.0
    return min(MAX_RATIO, max(1.0, round(value * 4) / 4))


class PixelRatio(anywidget.AnyWidget):
    """An invisible widget whose ``ratio`` is the browser's ``window.devicePixelRatio``."""

    _esm = """
    function render({ model, el }) {
      el.style.display = "none";
      let query = null;
      const send = () => {
        const ratio = Math.round((window.devicePixelRatio || 1) * 100) / 100;
        if (model.get("ratio") !== ratio) {
          model.set("ratio", ratio);
          model.save_changes();
        }
      };
      const changed = () => { send(); watch(); };
      const watch = () => {
        query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
        query.addEventListener("change", changed, { once: true });
      };
      send();
      watch();
      // Some pages (Voila) never deliver the media query's change event; a check once a second
      // costs nothing and catches every change within a second.
      const timer = setInterval(send, 1000);
      return () => {
        clearInterval(timer);
        if (query) query.removeEventListener("change", changed);
      };
    }
    export default { render };
    """
    ratio = traitlets.Float(1.0).tag(sync=True)
