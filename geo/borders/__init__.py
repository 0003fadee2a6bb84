"""Borders and areas: country and admin-1 boundaries, border lines, extents and the join.

``join.join_borders`` gives each point its country, admin-1 region, nearest land border,
distance and side.
"""
