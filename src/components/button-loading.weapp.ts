// WeChat draws the loading spinner of its native button itself: nothing to ship.
export {}
