"""Events in and out: reading event files, checking them, dates, categories, citations, writers.

Everything between a user's file and one checked table of events (``loading.load_events``
is the front door), and the writers of resolved events.
"""
