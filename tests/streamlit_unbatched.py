"""`python -m streamlit`, but every delta reaches the browser on its own. Streamlit folds a
delta into one still queued for the same place (an st.empty() into the block drawn over it)
unless its queue went out in between, which a busy server's flush does at random; this
server never folds, so what a loaded server does by chance happens on every run. For the
browser tests of the Practise-together page (test_together_browser.served)."""

from __future__ import annotations

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime import forward_msg_queue
from streamlit.web.cli import main


def _never_fold(old_msg: ForwardMsg, new_msg: ForwardMsg) -> ForwardMsg | None:
    return None


forward_msg_queue._maybe_compose_delta_msgs = _never_fold

if __name__ == "__main__":
    main(prog_name="streamlit")
