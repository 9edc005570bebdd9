"""Charts drawn as SVG, without Qt: the same drawing shows in the app and prints in reports.

Each function returns a :class:`Chart`: the SVG text, its size, and one :class:`HotSpot` per
point (a day, a week, a topic, a learner's topic) with the words to show when the pointer is
over it. The app paints the SVG and shows the hot spot's text as a tooltip; an HTML report
puts the SVG inline, where each point's text is its ``<title>``. Callers pass every word
already translated, and a :class:`Palette` for the theme.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

FONT = "DejaVu Sans, Arial, sans-serif"
WIDTH = 640


@dataclass(frozen=True)
class Palette:
    """The colours of every chart, the same meaning on each (new, learning, mastered...)."""

    text: str
    muted: str  # axis labels
    grid: str
    new: str
    learning: str
    review: str
    relearning: str
    mastered: str
    due: str
    target: str  # the desired retention line
    heat: tuple[str, str, str, str, str]  # no study, then four levels of more study


LIGHT = Palette(
    text="#1f2328",
    muted="#57606a",
    grid="#d0d7de",
    new="#8c959f",
    learning="#bf8700",
    review="#0969da",
    relearning="#cf222e",
    mastered="#1a7f37",
    due="#c0392b",
    target="#57606a",
    heat=("#ebedf0", "#aceebb", "#4ac26b", "#2da44e", "#116329"),
)
DARK = Palette(
    text="#e6edf3",
    muted="#9198a1",
    grid="#3d444d",
    new="#8b949e",
    learning="#d29922",
    review="#4493f8",
    relearning="#f85149",
    mastered="#3fb950",
    due="#ff8074",
    target="#9198a1",
    heat=("#2d333b", "#0e4429", "#006d32", "#26a641", "#39d353"),
)


@dataclass(frozen=True)
class HotSpot:
    """A rectangle of a chart (in its own units) and what to say about the point there."""

    x: float
    y: float
    width: float
    height: float
    text: str


@dataclass(frozen=True)
class Chart:
    """A drawn chart: SVG text of ``width`` x ``height`` units and its points."""

    svg: str
    width: int
    height: int
    spots: tuple[HotSpot, ...]

    def spot_at(self, x: float, y: float) -> HotSpot | None:
        """Return the point under ``(x, y)`` in chart units, if any."""
        return next(
            (s for s in self.spots if s.x <= x < s.x + s.width and s.y <= y < s.y + s.height),
            None,
        )


@dataclass(frozen=True)
class Series:
    """One named set of values, drawn in one of the palette's colours (a field name)."""

    name: str
    colour: str
    values: Sequence[float | None]


@dataclass
class _Canvas:
    width: int
    height: int
    palette: Palette
    parts: list[str] = field(default_factory=list)
    spots: list[HotSpot] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float, fill: str, title: str = "") -> None:
        tip = f"<title>{escape(title)}</title>" if title else ""
        self.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}">'
            f"{tip}</rect>"
            if tip
            else f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}"/>'
        )

    def line(
        self, x1: float, y1: float, x2: float, y2: float, colour: str, dash: bool = False
    ) -> None:
        style = ' stroke-dasharray="5,4"' if dash else ""
        self.parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="1"{style}/>'
        )

    def text(
        self,
        x: float,
        y: float,
        words: str,
        anchor: str = "start",
        colour: str = "",
        size: int = 11,
        bold: bool = False,
    ) -> None:
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" '
            f'fill="{colour or self.palette.muted}" text-anchor="{anchor}"{weight}>'
            f"{escape(words)}</text>"
        )

    def spot(self, x: float, y: float, w: float, h: float, words: str) -> None:
        """Mark a point: a tooltip in the app, a ``<title>`` on a transparent box in HTML."""
        self.spots.append(HotSpot(x, y, w, h, words))
        self.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="#000" fill-opacity="0"><title>{escape(words)}</title></rect>'
        )

    def legend(self, series: Sequence[tuple[str, str]], y: float = 12) -> None:
        """Draw coloured swatches with names, left to right."""
        x = 0.0
        for name, colour in series:
            self.rect(x, y - 9, 10, 10, colour)
            self.text(x + 14, y, name, colour=self.palette.text)
            x += 24 + 6.5 * len(name)

    def finish(self, label: str) -> Chart:
        svg = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" '
            f'height="{self.height}" viewBox="0 0 {self.width} {self.height}" role="img" '
            f'aria-label="{escape(label)}">{"".join(self.parts)}</svg>'
        )
        return Chart(svg, self.width, self.height, tuple(self.spots))


def _nice_ceiling(value: float) -> float:
    """Return 1, 2 or 5 times a power of ten, at least ``value`` (and at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _short(words: str, limit: int) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


_LEFT, _TOP, _BOTTOM = 44.0, 24.0, 20.0


def columns(
    label: str,
    ticks: Sequence[str],
    series: Sequence[Series],
    tips: Sequence[str],
    palette: Palette,
    height: int = 200,
) -> Chart:
    """Draw stacked columns, one per tick (a day), with a legend when there are several series.

    Args:
        label: what the chart shows, for screen readers.
        ticks: the name of each column (a few are written under the axis).
        series: the stacked values, bottom first; ``colour`` names a palette field.
        tips: what to say about each column.
        palette: the theme's colours.
        height: the chart's height in units.
    """
    canvas = _Canvas(WIDTH, height, palette)
    if len(series) > 1:
        canvas.legend([(s.name, getattr(palette, s.colour)) for s in series])
    totals = [sum(s.values[i] or 0 for s in series) for i in range(len(ticks))]
    top = _nice_ceiling(max(totals, default=0))
    plot_w, plot_h = WIDTH - _LEFT, height - _TOP - _BOTTOM
    _value_axis(canvas, top, plot_h, lambda v: f"{v:g}")
    step = plot_w / max(len(ticks), 1)
    bar = max(step * 0.75, 1.0)
    for index, tip in enumerate(tips):
        x = _LEFT + index * step
        base = _TOP + plot_h
        for one in series:
            value = one.values[index] or 0
            if value:
                h = plot_h * value / top
                base -= h
                canvas.rect(x + (step - bar) / 2, base, bar, h, getattr(palette, one.colour))
        canvas.spot(x, _TOP, step, plot_h, tip)
    _tick_labels(canvas, ticks, step, height)
    return canvas.finish(label)


def lines(
    label: str,
    ticks: Sequence[str],
    series: Sequence[Series],
    tips: Sequence[str],
    palette: Palette,
    target: tuple[str, float] | None = None,
    height: int = 200,
) -> Chart:
    """Draw shares (0 to 1) as lines with dots, a gap where a value is None.

    Args:
        label: what the chart shows, for screen readers.
        ticks: the name of each point (a week, an exam).
        series: the values, each from 0 to 1.
        tips: what to say about each point.
        palette: the theme's colours.
        target: a dashed line at a share, with its name (the desired retention).
        height: the chart's height in units.
    """
    canvas = _Canvas(WIDTH, height, palette)
    legend = [(s.name, getattr(palette, s.colour)) for s in series]
    if target:
        legend.append((target[0], palette.target))
    canvas.legend(legend)
    plot_w, plot_h = WIDTH - _LEFT, height - _TOP - _BOTTOM
    _value_axis(canvas, 1.0, plot_h, lambda v: f"{v:.0%}")
    if target:
        y = _TOP + plot_h * (1 - target[1])
        canvas.line(_LEFT, y, WIDTH, y, palette.target, dash=True)
    step = plot_w / max(len(ticks), 1)
    for one in series:
        colour = getattr(palette, one.colour)
        points = [
            None if v is None else (_LEFT + (i + 0.5) * step, _TOP + plot_h * (1 - v))
            for i, v in enumerate(one.values)
        ]
        for start, end in zip(points, points[1:], strict=False):
            if start and end:
                canvas.parts.append(
                    f'<line x1="{start[0]:.1f}" y1="{start[1]:.1f}" x2="{end[0]:.1f}" '
                    f'y2="{end[1]:.1f}" stroke="{colour}" stroke-width="2"/>'
                )
        for point in points:
            if point:
                canvas.parts.append(
                    f'<circle cx="{point[0]:.1f}" cy="{point[1]:.1f}" r="3.5" fill="{colour}"/>'
                )
    for index, tip in enumerate(tips):
        canvas.spot(_LEFT + index * step, _TOP, step, plot_h, tip)
    _tick_labels(canvas, ticks, step, height)
    return canvas.finish(label)


def calendar(
    label: str,
    first: date,
    counts: Sequence[int],
    tips: Sequence[str],
    months: Sequence[str],
    weekdays: Sequence[str],
    palette: Palette,
) -> Chart:
    """Draw a year of study days, a column per week (Monday at the top), darker for more study.

    Args:
        label: what the chart shows, for screen readers.
        first: the first day counted.
        counts: reviews per day from ``first``.
        tips: what to say about each day.
        months: the twelve short month names, January first.
        weekdays: short names of Monday, Wednesday and Friday (written beside their rows).
        palette: the theme's colours.
    """
    cell, gap, left, top = 10.0, 2.0, 30.0, 16.0
    start = first - timedelta(days=first.weekday())
    weeks = ((first - start).days + len(counts) + 6) // 7
    canvas = _Canvas(int(left + weeks * (cell + gap)) + 2, int(top + 7 * (cell + gap)) + 2, palette)
    busiest = max(counts, default=0)
    # The first month is named only when its column is not crowded by the next month's name.
    next_month = (first.replace(day=1) + timedelta(days=32)).replace(day=1)
    name_first_month = (next_month - start).days // 7 - (first - start).days // 7 >= 3
    for row, name in zip((0, 2, 4), weekdays, strict=True):
        canvas.text(0, top + row * (cell + gap) + cell - 1, name, size=9)
    for index, (count, tip) in enumerate(zip(counts, tips, strict=True)):
        day = first + timedelta(days=index)
        column, row = divmod((day - start).days, 7)
        x, y = left + column * (cell + gap), top + row * (cell + gap)
        if day.day == 1 or (index == 0 and name_first_month):
            canvas.text(x, top - 5, months[day.month - 1], size=9)
        level = 0 if not count else min(4, math.ceil(4 * count / busiest))
        canvas.rect(x, y, cell, cell, palette.heat[level])
        canvas.spot(x, y, cell, cell, tip)
    return canvas.finish(label)


def bars(
    label: str,
    names: Sequence[str],
    series: Sequence[Series],
    tips: Sequence[str],
    notes: Sequence[str],
    palette: Palette,
) -> Chart:
    """Draw one bar per name, its series side by side as shares of the whole bar.

    Args:
        label: what the chart shows, for screen readers.
        names: the name of each bar (a set, a topic), written on its left.
        series: the parts of each bar, left first (mastered, learning, new).
        tips: what to say about each bar.
        notes: a short figure written on each bar's right ("75%").
        palette: the theme's colours.
    """
    row, name_w, note_w = 22.0, 236.0, 44.0
    canvas = _Canvas(WIDTH, int(_TOP + row * len(names)) + 4, palette)
    canvas.legend([(s.name, getattr(palette, s.colour)) for s in series])
    plot_w = WIDTH - name_w - note_w
    for index, (name, tip, note) in enumerate(zip(names, tips, notes, strict=True)):
        y = _TOP + index * row
        canvas.text(name_w - 6, y + 15, _short(name, 34), anchor="end", colour=palette.text)
        total = sum(s.values[index] or 0 for s in series)
        x = name_w
        for one in series:
            value = one.values[index] or 0
            if value and total:
                w = plot_w * value / total
                canvas.rect(x, y + 4, w, row - 8, getattr(palette, one.colour))
                x += w
        canvas.text(WIDTH - 4, y + 15, note, anchor="end", colour=palette.text, bold=True)
        canvas.spot(0, y, WIDTH, row, tip)
    return canvas.finish(label)


def grid(
    label: str,
    rows: Sequence[str],
    columns: Sequence[str],
    shares: Sequence[Sequence[float | None]],
    tips: Sequence[Sequence[str]],
    palette: Palette,
) -> Chart:
    """Draw a table of coloured cells, darker for a larger share, with the share written in.

    Args:
        label: what the chart shows, for screen readers.
        rows: the name of each row (a learner).
        columns: the name of each column (a topic), written slanted above.
        shares: per row and column a share from 0 to 1, or None (nothing to show).
        tips: per row and column what to say about the cell.
        palette: the theme's colours.
    """
    cell_w, cell_h, name_w, head = 54.0, 22.0, 150.0, 96.0
    width = int(name_w + cell_w * len(columns)) + 60
    canvas = _Canvas(width, int(head + cell_h * len(rows)) + 4, palette)
    for index, name in enumerate(columns):
        x, y = name_w + index * cell_w + cell_w / 2, head - 6
        canvas.parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="10" '
            f'fill="{palette.text}" transform="rotate(-40 {x:.1f} {y:.1f})">'
            f"{escape(_short(name, 22))}</text>"
        )
    for r, (name, values, row_tips) in enumerate(zip(rows, shares, tips, strict=True)):
        y = head + r * cell_h
        canvas.text(name_w - 6, y + 15, _short(name, 22), anchor="end", colour=palette.text)
        for c, (share, tip) in enumerate(zip(values, row_tips, strict=True)):
            x = name_w + c * cell_w
            if share is None:
                canvas.rect(x + 1, y + 1, cell_w - 2, cell_h - 2, palette.grid)
                canvas.text(x + cell_w / 2, y + 15, "–", anchor="middle")
            else:
                level = min(4, 1 + int(share * 4)) if share else 0
                fill = palette.heat[level]
                canvas.rect(x + 1, y + 1, cell_w - 2, cell_h - 2, fill)
                ink = "#ffffff" if level >= 3 else "#1f2328"
                canvas.text(x + cell_w / 2, y + 15, f"{share:.0%}", anchor="middle", colour=ink)
            canvas.spot(x, y, cell_w, cell_h, tip)
    return canvas.finish(label)


def _value_axis(canvas: _Canvas, top: float, plot_h: float, show: Callable[[float], str]) -> None:
    """Draw three grid lines (0, half, top) with their values on the left."""
    for fraction in (0.0, 0.5, 1.0):
        y = _TOP + plot_h * (1 - fraction)
        canvas.line(_LEFT, y, canvas.width, y, canvas.palette.grid)
        canvas.text(_LEFT - 6, y + 4, show(top * fraction), anchor="end")


def _tick_labels(canvas: _Canvas, ticks: Sequence[str], step: float, height: int) -> None:
    """Write at most eight of the column names under the axis, evenly spread."""
    every = max(1, math.ceil(len(ticks) / 8))
    for index in range(0, len(ticks), every):
        x = _LEFT + (index + 0.5) * step
        canvas.text(x, height - 5, ticks[index], anchor="middle")
