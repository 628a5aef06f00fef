"""Practise together: two real people, one room. The speaker says something real and notes
privately what they most want understood; the listener reflects; the speaker says whether
they felt understood. Pure core in room.py (moves) and view.py (who sees what); service.py
adds the store, the grader and the safety screen for the page and the CLI."""
