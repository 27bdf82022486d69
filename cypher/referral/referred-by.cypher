// intent: the referral that brought each given customer, if any
UNWIND $ids AS id
MATCH (referrer:Customer)-[r:REFERRED]->(:Customer {id: id})
RETURN {referrerId: referrer.id, referredId: id, referredAt: r.at} AS referral
