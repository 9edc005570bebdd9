import pytest

from quizapp.core.formats.markup import html_to_text, is_media_name, sanitize

CASES = [
    ("script-and-style", "<p>Hi<script>alert(1)</script><style>p{color:red}</style></p>", "Hi"),
    ("event-handler", '<b onclick="steal()">bold</b>', "bold"),
    ("entities", "&lt;b&gt; &amp; &quot;x&quot;&nbsp;y", '<b> & "x" y'),
    ("breaks", "one<br>two<br/>three", "one\ntwo\nthree"),
    ("paragraphs", "<p>a</p><p>b</p>", "a\n\nb"),
    ("list", "<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
    ("spaces", "  a \n  b\t c  ", "a b c"),
    ("link-keeps-text", '<a href="http://example.org">site</a>', "site"),
    ("iframe", '<iframe src="http://example.org"></iframe>after', "after"),
    ("comment", "a<!-- hidden -->b", "ab"),
]


@pytest.mark.parametrize(("html", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_html_becomes_plain_text(html, expected):
    assert html_to_text(html).text == expected


def test_only_images_of_the_set_media_are_kept():
    html = (
        '<img src="map.png"><img src="http://example.org/x.png"><img src="../secret.png">'
        '<img src="javascript:alert(1)"><img src="other.png" onerror="x()">'
    )
    plain = html_to_text(html, {"map.png"})
    assert plain.text == "[image: map.png]"
    assert plain.images == ["map.png"]
    assert plain.dropped == [
        "http://example.org/x.png",
        "../secret.png",
        "javascript:alert(1)",
        "other.png",
    ]


def test_sanitised_html_keeps_only_the_subset():
    assert sanitize(
        '<p style="x"><b>a</b><font>b</font><img src="m.png" width=3></p>', {"m.png"}
    ) == ('<p><b>a</b>b<img src="m.png"></p>')


@pytest.mark.parametrize(
    "name", ["", ".", "..", "../x.png", "a/b.png", "c:x.png", ".hidden", "a\\b"]
)
def test_names_that_could_leave_the_media_folder_are_refused(name):
    assert not is_media_name(name)
