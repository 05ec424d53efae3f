// Package review finds the entities a person should look at for merging:
// the likely duplicates of an entity, each with the evidence that makes it
// one, read from the store by index lookups, never a scan of the graph.
//
// Two entities of the same type are likely duplicates when
//
//   - their canonical names have the same match key (schema.MatchKey), which
//     resolution would have joined had only one been stored at the time;
//   - an alias of one has the match key of the other's name;
//   - they are people with the same surname and compatible given names: the
//     same, an initial and a name it starts ("A. Okafor", "Ada Okafor"), or
//     one of them naming the surname only. "Ada" and "Ben" are not.
//
// The candidates are the holders of the entity's match keys (for a person
// these include the surname alone), so one request reads the entity's
// names, one index range per key, and the names of at most MaxCandidates
// other entities, through package queries' index scans: 26 ms for the
// most mentioned person of 2,000 articles on bolt, where reading the
// entity's quads one by one took 724 ms (BenchmarkDuplicates). Pairs a person kept apart (graph.Store.KeepApart) are
// left out, and the merges into the entity that can still be undone are
// listed with them.
package review
