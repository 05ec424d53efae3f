// Package quadtest holds what the tests of graph and export share: made-up
// articles (fictional people and companies, real countries), articles whose
// every field an attacker chose, the benchmark corpus, and comparisons of
// quads by their spelling. It imports neither graph nor export, so that the
// tests inside package graph can use it too.
package quadtest
