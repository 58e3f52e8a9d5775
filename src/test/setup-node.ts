// Node-side tests talk to the mock backend through msw/node; each file sets up its own server.
export {}
