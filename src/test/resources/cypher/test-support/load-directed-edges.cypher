// intent: test support: load a batch of a plain directed graph as customers and referrals such that referral credit flows along each edge from source to target (the target referred the source)
UNWIND $edges AS edge
MERGE (source:Customer {id: edge.source})
MERGE (target:Customer {id: edge.target})
MERGE (target)-[:REFERRED]->(source)
