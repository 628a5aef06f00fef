"""The Streamlit pages. They draw; trainer.partner.practice, trainer.coaching.progress and trainer.store decide.
app.py routes between the page scripts in trainer/ui/pages/."""
