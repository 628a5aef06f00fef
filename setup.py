"""The one packaging fact pyproject.toml cannot state: the prompt and rubric files stay in the
top-level prompts/ folder (edited there, named there in the docs) and ship inside the package as
trainer._prompts, so an installed wheel can grade. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["trainer*"]), "trainer._prompts"],
    package_dir={"trainer._prompts": "prompts"},
)
