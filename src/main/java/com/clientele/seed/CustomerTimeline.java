package com.clientele.seed;

/** When a customer signed up and on which days (epoch days, ascending) they ordered. */
record CustomerTimeline(int signupDay, int[] orderDays) {
}
