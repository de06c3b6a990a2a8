__version__ = "0.0.1"
from .core import _install_moved; _install_moved()  # collab_nbdev.docs, .readme, .testing moved to collab_nbdev.tools: the old names fail in one line (nbs/00_core.ipynb)
