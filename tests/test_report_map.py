"""The places map in the report: a base of outlines and a graticule, labels that never overlap,
approximate places marked, and dots drawn inside the frame (checked in headless Chromium)."""

import re
import subprocess

import pytest

from extract.report import (APPROXIMATE_COLOUR, LABEL_SIZE, PLACE_COLOUR, MapFrame, place_labels, place_map,
                            world_outlines)
from test_report import CHROMIUM, CHROMIUM_FLAGS, _png_rows

SYRIA = [{"name": "حلب", "lat": 36.2, "lon": 37.16, "coordinates": "point"},
         {"name": "إدلب", "lat": 35.93, "lon": 36.63, "coordinates": "point"},
         {"name": "دمشق", "lat": 33.51, "lon": 36.29, "coordinates": "point"},
         {"name": "كفرومة", "lat": 35.93, "lon": 36.63, "coordinates": "approximate",
          "coordinates_note": "the coordinates of إدلب"},
         {"name": "قرية بلا إحداثيات", "lat": None, "lon": None, "coordinates": None, "coordinates_note": "unlisted"}]


def _boxes(points, positions):
    boxes = []
    for (_, _, label), position in zip(points, positions):
        if position is not None:
            width = 0.62 * LABEL_SIZE * len(label)
            boxes.append((position[0], position[1] - LABEL_SIZE, position[0] + width, position[1] + 2))
    return boxes


def test_outlines_ship_and_cover_the_middle_east():
    rings = world_outlines()
    assert len(rings) > 150
    assert any(35 < lon < 42 and 32 < lat < 37 for ring in rings for lon, lat in ring)  # Syria's outline


def test_map_has_outlines_graticule_and_marks_approximate_places():
    svg = place_map(SYRIA)
    assert svg.count("<polygon") >= 3  # Syria and its neighbours
    assert "°</text>" in svg and "<line" in svg
    assert svg.count('class="place"') == 3 and svg.count('class="approximate"') == 1
    assert "قرية بلا إحداثيات" not in svg


def test_labels_never_overlap_each_other_and_stay_in_the_frame():
    points = [(200 + index % 3, 150 + index % 2, f"مكان رقم {index}") for index in range(12)]
    positions = place_labels(points, 480, 320)
    boxes = _boxes(points, positions)
    assert len(boxes) >= 6  # most fit around a crowded spot
    for index, box in enumerate(boxes):
        assert 0 <= box[0] and box[2] <= 480 and 0 <= box[1] and box[3] <= 320
        for other in boxes[index + 1:]:
            assert not (box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3])


def test_label_goes_left_at_the_right_edge():
    (position,) = place_labels([(475, 100, "الموصل")], 480, 320)
    assert position is not None and position[0] < 475


def test_frame_keeps_every_place_inside():
    frame = MapFrame.around([(place["lon"], place["lat"]) for place in SYRIA if place["lat"] is not None])
    for place in SYRIA[:4]:
        x, y = frame.project(place["lon"], place["lat"])
        assert frame.margin <= x <= frame.width - frame.margin and frame.margin <= y <= frame.height - frame.margin


def _colour(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _near(pixel, colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_map_dots_are_drawn_inside_the_frame_in_chromium(tmp_path):
    svg = place_map(SYRIA)
    page = tmp_path / "map.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>body {{ margin: 0; background: #000; }}'
                    f'svg {{ display: block; }}</style></head><body>{svg}</body></html>', encoding="utf-8")
    screenshot = tmp_path / "map.png"
    subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=700,500",
                    "--hide-scrollbars", f"--screenshot={screenshot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    rows = _png_rows(screenshot)
    width, height = map(int, re.search(r'width="(\d+)" height="(\d+)"', svg).groups())
    frame = MapFrame.around([(place["lon"], place["lat"]) for place in SYRIA if place["lat"] is not None])
    # every listed place's dot is painted where the projection puts it, inside the frame
    for place in SYRIA[:3]:
        x, y = (round(value) for value in frame.project(place["lon"], place["lat"]))
        assert 0 < x < width and 0 < y < height
        assert any(_near(rows[y + dy][x + dx], _colour(PLACE_COLOUR)) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
    # the approximate place's ring is drawn in its own colour
    x, y = (round(value) for value in frame.project(SYRIA[3]["lon"], SYRIA[3]["lat"]))
    assert any(_near(rows[y + dy][x + dx], _colour(APPROXIMATE_COLOUR)) for dx in range(-5, 6) for dy in range(-5, 6))
    # nothing of the map spills outside its frame onto the black page
    dots = [(x, y) for y, row in enumerate(rows) for x, pixel in enumerate(row) if _near(pixel, _colour(PLACE_COLOUR), 20)]
    assert dots and all(x < width and y < height for x, y in dots)
    assert all(sum(rows[y][x]) < 30 for y in (height + 5, height + 20) for x in range(0, 600, 50))
