"""Prompt and rubric files; installed as the package trainer._prompts (see setup.py) and read
through trainer.prompts.load_prompt_file."""
