"""The Streamlit front end: pure helpers (render, export, feedback, links, timeline)
and the page modules that use them. Only the page modules import Streamlit."""
