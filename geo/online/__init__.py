"""Online geocoders: any geopy service, its cache, pacing, retries and the lookup chain.

Nothing here runs unless a user asks for an online geocoder; the offline path
(:mod:`bordermap.geo.places`) never imports this package.
"""
