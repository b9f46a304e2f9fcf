"""The photo pipeline: pure Python (no Django), an untrusted upload in, a clean JPEG for X out
(pipeline.py). The posts app stores what it returns (posts/tasks.py)."""
