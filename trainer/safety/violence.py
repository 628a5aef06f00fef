"""Violence: being hit, choked, pushed or thrown; threats and weapons; fear of being hurt; and
the speaker's own violence."""

from __future__ import annotations

from trainer.safety.patterns import (
    FEAR,
    HARMS,
    NOT_IDIOM,
    OBJ,
    OTHER,
    OTHER_GAP,
    PARTNER,
    SUBJ_GAP,
    THROWN,
    rules,
)

HARM_STEMS = "hurt hit kill beat harm attack strangl chok stab shoot punch slap break"

VIOLENCE = rules(
    "violence",
    # "he hit me", "I slapped her", "she's been choking me", "grabbed my arm and hit me"
    (
        "hit smack whack slap punch chok strangl throttl shov headbutt kick stab assault",
        rf"{SUBJ_GAP}(?P<v>hit(?:s|ting)?|smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|"
        r"slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|"
        r"throttl(?:e|es|ed|ing)|shov(?:e|es|ed|ing)|headbutt(?:s|ed|ing)?|kick(?:s|ed|ing)?|"
        rf"stab(?:s|bed|bing)?|assault(?:s|ed|ing)?)\s+{OBJ}\b{NOT_IDIOM}",
    ),
    # verbs rarely figurative, any subject ("Sam slapped me")
    (
        "slap punch chok strangl throttl shov smack headbutt stab",
        r"\b(?P<v>slapped|slaps|punched|punches|choked|chokes|strangled|strangles|throttled|"
        rf"shoved|shoves|smacked|headbutted|stabbed)\s+{OBJ}\b{NOT_IDIOM}",
    ),
    # "beat me up", "beats me until"; not "beat me at chess", "beat me to it", "beats me"
    (
        "beat",
        rf"{SUBJ_GAP}(?P<v>beat(?:s|en|ing)?)\s+{OBJ}(?:\s+up\b|(?=\s*(?:[.!?,;:)\n]|$|"
        r"\s+(?:until|till|til|so\s+bad|so\s+hard|black\s+and\s+blue|senseless|with|when|while|"
        r"in\s+front|every|because)\b)))",
    ),
    (
        "beat",
        r"\b(?P<v>beat)\s+the\s+(?:crap|shit|hell|living\s+daylights|life)\s+out\s+of\s+"
        r"(?:me|her|him|us)\b",
    ),
    # pushed/slammed/threw someone somewhere; not "pushed me to apply", "threw me a party",
    # "threw me off", "you push me away"
    (
        "push slam thr",
        rf"{SUBJ_GAP}(?P<v>push(?:es|ed|ing)?|slam(?:s|med|ming)?|thr(?:ew|ow|ows|owing|own))\s+"
        rf"{OBJ}\s+(?:down\b|against\b|across\b|onto\b|(?:so\s+)?hard\b(?!\s+to\b)|"
        r"out\s+of\s+(?:the|a|my|his|her|our)\s+(?:car|bed|window)\b|"
        r"(?:into|in|to|onto|on|off|against)\s+(?:the|a)\s+(?:wall|door|table|counter|cabinet|"
        r"fridge|car|floor|ground|bed|couch|closet|dresser|mirror|stairs|balcony)\b)",
    ),
    # past tense, with the act complete: "he pushed me." "she shoved me and I fell"
    (
        "push shov slam",
        rf"{SUBJ_GAP}(?P<v>pushed|shoved|slammed)\s+{OBJ}(?=\s*(?:[.!?;)\n]|$)|"
        r"\s+(?:and|when|while|because|until|till)\b)",
    ),
    (
        "thr",
        r"\b(?P<v>thr(?:ew|ow|ows|owing|own))\s+(?:(?:a|an|the|his|her|their|my|our|some)\s+)?"
        rf"(?:\w+\s+)?{THROWN}\s+at\s+(?:me|my\s+(?:head|face)|her|him|us|the\s+kids)\b",
    ),
    # passive: "I got slapped", "was pushed by him"
    (
        "slapped punched choked strangled beat",
        r"\b(?:got|get|gets|getting|was|were|been|being)\s+(?P<v>slapped|punched|choked|"
        r"strangled|beat(?:en)?\s+up)\b(?!\s+(?:up\b|with\s+a))",
    ),
    (
        "hit push shov kick thrown beaten smack attack assault",
        r"\b(?:got|get|gets|getting|was|were|been|being)\s+(?P<v>hit|pushed|shoved|kicked|thrown|"
        r"beaten|smacked|attacked|assaulted)(?:\s+(?:around|down|again|hard|so\s+hard))?\s+by\s+"
        rf"(?:him|her|them|(?:my\s+)?{PARTNER})\b",
    ),
    # physical harm in so many words
    (
        "physically",
        rf"\b(?P<v>physically\s+(?:hurt(?:s|ing)?|attack(?:s|ed|ing)?)\s+{OBJ}|"
        rf"hurt(?:s|ing)?\s+{OBJ}\s+physically)\b",
    ),
    ("physically", r"\b(?P<v>physically)\s+(?:abus(?:e|ed|es|ing|ive)|violent)\b"),
    ("domestic", r"\bdomestic\s+(?P<v>violence)\b"),
    (
        "violent physical",
        rf"\b{OTHER}(?:'s|\s+(?:is|was|gets|got|get|can\s+be|can\s+get|becomes|became|"
        r"has\s+been|turns|turned))\s+(?:so\s+|really\s+|very\s+|super\s+|kind\s+of\s+|kinda\s+)?"
        r"(?P<v>violent|physical\s+with\s+(?:me|us|the\s+kids))\b",
    ),
    (
        "hand",
        r"\b(?P<v>put|puts|laid|lays|lay)\s+(?:his|her|their|a)\s+hands?\s+on\s+(?:me|her|him|us|"
        r"the\s+kids)\b",
    ),
    ("hand", r"\b(?P<v>hands?)\s+(?:around|on)\s+(?:my|her|his)\s+(?:throat|neck)\b"),
    (
        "grab",
        r"\b(?P<v>grab(?:s|bed|bing)?)\s+(?:me\s+by\s+(?:the|my)|my)\s+(?:throat|neck|hair)\b",
    ),
    ("hair", r"\b(?P<v>pull(?:s|ed|ing)?)\s+my\s+hair\b"),
    ("pin held hold", r"\b(?P<v>pin(?:s|ned|ning)?|held|holds)\s+me\s+(?:down|against|to\s+the)\b"),
    ("drag", r"\b(?P<v>drag(?:s|ged|ging)?)\s+me\s+(?:by|across|out\s+of|down|into)\b"),
    ("spat spit", r"\b(?P<v>sp(?:at|it|its|itting))\s+(?:on|at|in)\s+(?:me|my\s+face)\b"),
    (
        "bruise",
        r"\b(?P<v>left|leaves)\s+(?:me\s+with\s+)?(?:a\s+)?bruises?\s+(?:on|all\s+over)\s+(?:me|my)\b",
    ),
    ("black", r"\b(?P<v>gave|give|gives)\s+me\s+a\s+black\s+eye\b"),
    (
        "broke",
        rf"{OTHER_GAP}(?P<v>broke)\s+my\s+(?:nose|arm|jaw|ribs?|wrist|fingers?|teeth|tooth)\b",
    ),
    (
        "tri try",
        r"\b(?P<v>tried|tries|trying|try)\s+to\s+(?:kill|choke|strangle|drown|stab|smother|"
        r"suffocate|shoot|run\s+me\s+over)\b",
    ),
    # threats and weapons
    (
        "threat",
        r"\b(?P<v>threat(?:en|ens|ened|ening))\s+(?:me\s+)?(?:to|that\s+(?:he|she|they)(?:'d|'ll|"
        rf"\s+would|\s+will))\s+(?:\w+\s+)?(?:{HARMS}|burn|break\s+my)\b",
    ),
    (
        HARM_STEMS,
        rf"\b(?:said|says|swore|swears|told\s+me|tells\s+me|promised|warned\s+me)\s+(?:that\s+)?"
        rf"{OTHER}(?:'d|'ll|\s+(?:would|will|is\s+going\s+to|was\s+going\s+to|was\s+gonna|"
        rf"is\s+gonna|gonna))\s+(?:\w+\s+)?(?P<v>{HARMS}|break\s+my\s+(?:neck|legs?|arms?|jaw))\s+"
        r"(?:me|us|the\s+kids|my\s+(?:kids|children|son|daughter|family|dog|cat))\b",
    ),
    (
        "knife gun pistol rifle blade machete bat hammer weapon",
        r"\b(?P<v>pulled|pulls|pointed|points|waved|waves|brandished|came\s+at\s+(?:me|us|her|him)"
        r"\s+with|threatened\s+(?:me|us|her|him)?\s*with|went\s+for\s+(?:me|her|him)\s+with)\s+"
        r"(?:a|an|the|his|her|their|my|our)\s+(?:kitchen\s+)?(?:knife|gun|pistol|rifle|shotgun|"
        r"blade|machete|bat|hammer|weapon)\b",
    ),
    (
        "knife gun pistol blade",
        r"\b(?P<v>knife|gun|pistol|blade)\s+(?:to|at|against|in)\s+(?:my|her|his)\s+(?:throat|"
        r"head|neck|face|chest|back|side|stomach)\b",
    ),
    ("shot shoot", r"\b(?P<v>shot|shoots|shooting)\s+at\s+(?:me|us|her|him)\b"),
    (
        "knife gun pistol rifle blade",
        r"\b(?P<v>knife|gun|pistol|rifle|shotgun|blade)\b[^.!?\n]{0,40}?\buse\s+it\s+on\s+"
        r"(?:me|us|her|him|the\s+kids)\b",
    ),
    # fear of being hurt
    (
        HARM_STEMS,
        rf"\b(?P<v>{FEAR}|worried|fear)\s+(?:that\s+)?{OTHER}(?:'ll|'d|'s\s+going\s+to|"
        r"\s+(?:will|would|might|may|could|is\s+going\s+to|is\s+gonna|gonna|wants\s+to|"
        rf"is\s+about\s+to))\s+(?:\w+\s+)?{HARMS}\s+(?:me|us|the\s+kids|"
        r"my\s+(?:kids|children|son|daughter|baby|family|dog|cat))\b",
    ),
    ("life safety", rf"\b(?P<v>fear(?:ing|ed)?|{FEAR}|worried)\s+for\s+my\s+(?:life|safety)\b"),
)
