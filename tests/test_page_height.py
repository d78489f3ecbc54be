"""The ``height`` of the page and of the notebook frame goes into CSS: it is checked (issue 13.8).

The notebook frame with hostile text runs in Chromium in ``tests/test_hostile.py``
(``test_hostile_notebook_frame_executes_nothing_and_still_draws``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.html import InlinePage


@pytest.mark.parametrize("height", ["1px}</style><script>pwn(1)</script>", "700px", 700.5, None, True])
def test_a_height_that_is_not_a_whole_number_is_a_type_error(tmp_path, height):
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Russia condemned Ukraine.", doc_id="d")
    with pytest.raises(TypeError, match=r"^height must be int"):
        kg.to_html(tmp_path / "g.html", height=height)
    with pytest.raises(TypeError, match=r"^height must be int"):
        kg.show(height=height)
    with pytest.raises(TypeError, match=r"^height must be int"):
        InlinePage("<p>x</p>", height)
    assert not (tmp_path / "g.html").exists()


@pytest.mark.parametrize("height", [-5, 0, 99, 20_001, 10**9])
def test_a_height_out_of_bounds_is_an_input_error(tmp_path, height):
    kg = kgraph.KnowledgeGraph()
    with pytest.raises(kgraph.InputError, match=r"height must be at (least 100|most 20000)"):
        kg.to_html(tmp_path / "g.html", height=height)
    with pytest.raises(kgraph.InputError, match="height"):
        kg.show(height=height)


def test_a_checked_height_reaches_the_css(tmp_path):
    kg = kgraph.KnowledgeGraph()
    page = Path(kg.to_html(tmp_path / "g.html", height=333)).read_text(encoding="utf-8")
    assert "min-height: 333px" in page
