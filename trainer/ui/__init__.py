"""The Streamlit pages. They draw; trainer.practice, trainer.progress and trainer.store decide.
app.py routes between the page scripts in trainer/ui/pages/."""
