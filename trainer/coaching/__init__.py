"""People and their practice over time: profiles and sign-in, drills and packs, attempt
records with coach overrides, progress maths and the self-assessment. Pure: no database here."""
