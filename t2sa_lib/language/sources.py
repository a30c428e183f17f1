"""Sound sources named in a description: "a dog barking", "빗소리", "two violins".

Each entry of :data:`SOURCES` is ``(label_en, label_ko, english regex, korean
regex, sound)``: the labels a scene shows, the words that name the source, and
the kind of bundled test sound that stands in for it when no recording is given
(:mod:`t2sa_lib.render.label_sounds`). English patterns match whole words of
lower-cased text and allow plurals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import KIN_KO, ORDINALS_EN, VOCATIVE, is_korean
from .names import given_name_ko, named_again_ko, named_people, talking_pairs_ko
from .subjects import TALK_TOGETHER, clause_subjects, coordinated

SOURCES = [
    ("rain", "빗소리", r"rain(?:fall|drops?|storm)?|drizzle|downpour", r"빗소리|빗방울|(?<![가-힣])비(?:가|는|도)(?=\s)|(?<![가-힣])비(?=\s*[,.(]|\s*$)|(?<!숨)비\s*소리|(?<![가-힣])비(?=\s*내림(?:\s*[.,]|$))|장맛비|소나기|빗줄기|폭우|장대비", "rain"),
    ("thunder", "천둥", r"thunder(?:clap|storm)?s?", r"천둥|번개|뇌우", "rumble"),
    ("wind", "바람", r"wind|gusts?|breeze|gale|tornado|hurricane|typhoon|storm(?! siren)|blizzard", r"바람(?!\s*을\s*(?:\S+\s*)?(?:불|훅))|눈보라|태풍|폭풍|토네이도", "wind"),
    ("waves", "파도", r"waves?|surf|ocean|sea", r"파도|바다|물결", "wind"),
    ("water", "물", r"rivers?|streams?|brooks?|creeks?|waterfalls?|fountains?|sprinklers?|water(?! (?:tank|tower|bottle|heater|butt|trough)s?\b(?! (?:gurgl|drip|hum|bubbl|hiss|clank|knock|rumbl|slosh)))|shower(?! (?:room|cubicle|stall|booth|curtain|tray))|toilet|flush\w*|sink|water ?wheel|gutters?|drains?|downpipes?|spouts?|splash\w*", r"첨벙\S*|물레방아|강물|시냇물|개울|폭포|분수|물소리|냇물|샤워기|샤워\s*물|수돗물|계곡물|계곡(?!\s*(?:옆|근처|가|앞|캠핑장|펜션))|물\s*(?:소리|쏟아|흐르|흘러|틀어)|세면대\s*물|빗물받이|배수구|하수구|물이?\s*(?:콸콸|졸졸|철철|쏟|흘|흐르)|물\s*(?:이\s*)?튀|떨어지는\s*물(?![가-힣])|따르는", "rain"),
    ("drip", "물방울", r"drips?|dripping|tap|faucet|leak", r"물방울|수도꼭지|똑\.?\s*똑|물\s*뚝\.?\s*뚝|물이?\s*(?:한\s*방울씩\s*)?떨어", "drip"),
    ("fire", "불", r"(?<!\bone )(?<!\bit )(?<!\bthat )(?<!\bwho )fire(?:place)?|campfire|bonfire|stoves?(?= (?:ticks?|ticking|crackl\w*|roar\w*|hiss\w*|pops?|popping|clank\w*|creak\w*))|flares?|crackl\w+|flames?|torch(?:es)?|pyro(?:technics)?|(?:gas |camping |camp )(?:burner|stove)s?", r"버너|가스레인지|횃불|모닥불|캠프파이어|난로|(?<![가-힣])불(?:은|이|도)(?=\s)(?!\s*(?:꺼|켜|나가))|불꽃(?!놀이)|장작(?!\s*(?:패|쪼개))|벽난로|타닥|불길|화르륵", "noise-burst"),
    ("fireworks", "불꽃놀이", r"fireworks?", r"불꽃놀이|폭죽", "noise-burst"),
    ("dog", "개", r"dogs?|pupp(?:y|ies)|barking|bark|hounds?|terriers?|poodles?|beagles?|spaniels?|retrievers?|collies?|whippets?|greyhounds?|labradors?|huskies|husky|dachshunds?|corgis?|bulldogs?|chihuahuas?|yapp(?:ing|y)", r"(?<![한두세네몇]\s)(?<![가-힣\d])(?<!\d\s)(?:개가|개\s|개의|개도|개는|개를|개(?=\s*[,.]|\s*$))|강아지|멍멍|개\s*짖|짖는", "bark"),
    ("cat", "고양이", r"cats?|kittens?|meow\w*|purr\w*", r"고양이|야옹", "chirp"),
    ("bird", "새", r"birds?|birdsong|chirp\w*|tweet\w*|sparrows?|songbirds?|seagulls?|gulls?|pigeons?|doves?|herons?|macaws?|parrots?|eagles?|hawks?|cuckoos?|woodpeckers?|nuthatch(?:es)?|starlings?|wrens?|budgies?|budgerigars?|parakeets?|canar(?:y|ies)|cockatiels?|magpies?|ducks? quack\w*|dawn chorus|blackbirds?|robins?|wrens?|dippers?|kingfishers?|thrush(?:es)?|warblers?|nightingales?|(?:sky)?larks?|finch(?:es)?|starlings?|chiffchaffs?|"
                 r"terns?|puffins?|(?:blue|great|coal|marsh|long-tailed) tits?|gannets?|albatross(?:es)?|sandpipers?|egrets?|(?:(?<=a )|(?<=the )|(?<=two ))swallows?|swifts?(?= (?:swoop|scream|dart|wheel|dive))|penguins?|vultures?|kingfishers?|curlews?|nightjars?|oxpeckers?|kestrels?|buzzards?|falcons?|ospreys?|cormorants?|pelicans?|flamingos?|peacocks?|storks?|swans?|pheasants?|quails?|lapwings?|plovers?|kookaburras?|loons?|toucans?", r"펭귄(?!관)|물총새|도요새|쏙독새|황조롱이|펠리컨|플라밍고|공작새|황새|백조|고니|꿩|메추라기|두루미|새소리|새들|새가|(?:(?<![가-힣])|(?<=[산물들철]))새\s|짹짹|(?<![가-힣])새(?:는|도)(?=\s*(?:위|아래|왼|오른|앞|뒤|멀리|가까이|머리|나무|좀\s*더|더\s*(?:높|낮|멀|가까)))|참새|갈매기|비둘기|지저귀|왜가리|앵무새|독수리|매가|뻐꾸기|딱따구리|까치", "chirp"),
    ("crow", "까마귀", r"crows?|ravens?", r"까마귀", "chirp"),
    ("owl", "부엉이", r"owls?|hoot\w*", r"부엉이|올빼미", "chirp"),
    ("insects", "벌레", r"crickets?|cicadas?|insects?|bees?|wasps?|buzzing|mosquito(?:es)?|fly|flies|spiders?|moths?", r"귀뚜라미|매미|벌레|모기|(?<!해)파리|나방|(?<![가-힣])벌(?=이|\s*한|\s*두|들|떼|\s)|말벌|꿀벌|윙윙", "chirp"),
    ("bats", "박쥐", r"bats|bat(?= wings?)|(?<=a )bat(?= (?:rustl|flutter|flap|squeak|screech|swoop|fl[iy]|hang|chirp)\w*)", r"박쥐", "chirp"),
    ("thud", "쿵쿵", r"thuds?|thump(?:s|ing)?", r"쿵쿵[가-힣]*|쿵쾅[가-힣]*|저음(?=\s*(?:쿵|둥|붐))|이불\s*(?:을\s*)?(?:털|텀|터는)", "noise-burst"),
    ("lava", "용암", r"lava|magma", r"용암|마그마", "rain"),
    ("monkey", "원숭이", r"monkeys?|apes?|chimps?|gorillas?|baboons?|gibbons?|orangutans?", r"원숭이|침팬지|고릴라|개코원숭이|오랑우탄", "chirp"),
    ("farm animal", "가축", r"pigs?|sheep|goats?|roosters?|chickens?|hens?|ducks?|geese|goose|donkeys?", r"꽥꽥|돼지|양\s*(?:떼|무리)?\s*울음|양\s*떼|양들|염소|수탉|닭|오리|거위|당나귀", "chirp"),
    ("wild animal", "동물", r"lions?|lionesses?|tigers?|hippos?|hippopotam\w+|hyenas?|elephants?|zebras?|wildebeest|"
                            r"deer|stags?|fox(?:es)?|badgers?|boars?|whales?|dolphins?|sea ?lions?|walrus(?:es)?|"
                            r"camels?|jackals?|coyotes?|leopards?|cheetahs?|rhinos?|(?<=her )calf|(?<=his )calf|(?<=its )calf|cubs?",
     r"사자|호랑이|하마|하이에나|코끼리|얼룩말|사슴|여우|멧돼지|고래|돌고래|물개|바다사자|코뿔소|표범|치타|낙타|코요테", "speech-like"),
    ("wolf", "늑대", r"wolf|wolves|howl\w*", r"늑대", "chirp"),
    ("horse", "말", r"horses?|hooves|hoofbeats?|gallop\w*", r"말발굽|기마대|기병대|말이\s*달|말\s*울음|(?<![가-힣])말\s*(?:한|두|세)\s*마리|(?<![가-힣])말이\s+(?=오른|왼|앞|뒤|멀리|가까이)", "footsteps"),
    ("cow", "소", r"cows?|cattle|moo+(?:s|ing|ed)?", r"소\s*울음|음메|소떼|(?<=에 )소(?=[,.]|$)", "hum"),
    ("frog", "개구리", r"frogs?|croak\w*", r"개구리|개굴", "chirp"),
    ("baby", "아기", r"bab(?:y|ies)|infant", r"아기|아이\s*울음|애기", "speech-like"),
    ("children", "아이들", r"kids?|children|child", r"아이들|애들|어린이|꼬마들|(?<![가-힣])(?:아이|꼬마)\s*(?:셋|둘|넷|(?:두|세|네)\s*명)|(?<![가-힣])아이(?=(?:가|는|도)?\s*(?:\S+\s+){0,2}(?:울|웃|노래|떠들))", "speech-like"),
    ("crowd", "군중", r"crowd(?: of (?:[a-z]+ )?(?:voices|people|fans|kids|children|tourists|shoppers))?|audience|applause|cheer\w*|clapping|(?:(?<![a-z] )|(?<=the ))(?:hand)?claps|chatter|people (?:talk|chatt?|laugh|murmur|mutter)\w*|murmur\w*|chant\w*|boo(?:s|ing|ed)\b|crew(?= (?:yell|cheer|shout|chant|boo|scream)\w*)|(?:caf[eé]|restaurant|bar) (?:noise|chatter|walla)", r"팬\s*(?:함성|함썽|환호|떼창|응원)|군중|관중|박수|환호|웅성|사람들|인파|함성|수다|떼창|응원석|북적|(?:카페|식당|시장)\s*소음", "noise-burst"),
    ("announcement", "안내방송", r"announcements?|announcer|pa system|public address|tannoy", r"안내\s*방송|(?:환승|하차|승차|탑승|도착|출발)\s*안내|방송(?!실|국|부|사|제)|아나운서|안내\s*멘트|안내음|음성\s*안내|안내\s*음성", "speech-like"),
    ("cough", "기침", r"cough\w*|sneez\w*|snor\w*|sniff\w*|yawn\w*", r"기침|콜록|재채기|코골|코\s*고|코\s*골|훌쩍|하품", "speech-like"),
    # A white-noise machine is a source of its own; "white noise" in a mix note is a bed.
    ("white noise", "백색소음", r"white noise machine", r"백색\s*소음", "rain"),
    ("breathing", "숨소리", r"breath(?:ing|es)?|panting|heartbeats?|heart beat\w*", r"숨소리|(?<![가-힣])호흡|숨\s*쉬|헐떡|헉헉|심장\s*(?:박동|소리|뛰)|심박|한숨(?!도\s*못|\s*돌리|\s*돌려)", "hum"),
    # Relatives are named by their own word ("mom"). Not in Korean: 엄마 calls the reader
    # ("엄마 나 지금 미용실"), names animals (엄마 곰) and is the agent of the sound after it
    # ("엄마는 부엌에서 설거지"), which seven dev descriptions counted twice.
    ("relative", "가족", r"mother|mom|mum|father|dad|grandmother|grandfather|aunt|uncle|(?:grand)?parents", r"(?!)",
     "speech-like"),
    ("voice", "목소리", r"voices?|someone (?:talking|speaking|whispering|calling)|narrator|postman|mailman|postie|courier|delivery (?:guy|man|driver)|casters?(?! wheels?)|(?<='s )patter|speech(?! time)|talkers?|whisper(?!y\b)\w*|singer|vocals?|talking|conversation|man|woman|girl|boy|guy|person|narration|dialogue|shout\w*|scream\w*|laugh\w*|chef|cook|waiter|teacher|vendor|neighbou?r|grandma|grandpa|dealer|usher|bartender|barista|cashier|auctioneer|stewards?|stewardess|actors?|actress(?:es)?|a(?:h)?jumma|a(?:h)?jus+hi|commentator|professor|lecturer|supervisor|librarians?|shush\w*|mutter\w*|moan\w*|groan\w*|old man|old woman|soldier|nurse|relatives?|porters?|preacher|busker|coworker|roommate|host(?!'s)|guest(?!'s)|presenter|interviewer|"
                  r"friend|(?:girl|boy)friend|gf|bf|couple(?! of)|announcer|(?:stadium |station |airport )?pa(?: system| announcements?)?(?=\W|$)|public address|(?:tour )?guides?|customers?|passengers?|students?|someone (?:humming|singing|crying|laughing|sobbing|grunting)|grunt\w*|"
                  r"humming|sob(?:s|bing|bed)?|sailors?|pirates?|fisherm[ae]n|witch(?:es)?|sopranos?|altos?|tenors?|baritones?|bards?|minstrels?|cackl\w*", r"목소리|말소리|노랫소리|(?<![가-힣])욕(?:하는|하고|하며|설|을\s*(?:하|해))|(?<![가-힣])쉿(?![가-힣])|취객|(?<![가-힣])꺅(?=\s*소리)|비명|기합|추임새|주인(?=이\s|은\s|님)|속삭|멘트|발표(?=\s|,|$|하)|캐스터|나레이션|내레이션|대사|가수|보컬|노래(?!방)|웃음|비명|외침|남자|여자|사람이|(?:(?<=[두세네몇]\s)|(?<=(?<![가-힣])[두세네몇]))사람|소곤소곤|속닥속닥|수군수군|허밍|누군가|대화|선생님|상인|호객|신음|연설자|연사|강연자|발표자|브리핑|진행자|사회자|통화|감탄|탄성|경매사|무전병|광고\s*음성|(?<![가-힣])음성(?!\s*메모)|"
                  r"(?:이름|나를|날)\s*(?:을|를)?\s*(?:부름|부르는|부르고|불러)|(?<=[두세네]\s)명(?=이\s|이서\s|은\s)|주례|아저씨|아줌마|아주머니|할머니(?!\s*(?:댁|네|집))|할아버지(?!\s*(?:댁|네|집))|트레이너|코치|짝꿍|셰프|요리사|야호|"
                  r"(?<![가-힣])리더(?=\s|가|는|의)|친구|커플|손님|학생|흐느끼|흐느낌|마녀|소프라노|알토|테너|바리톤|베이스\s*(?:파트|가수)|신부님|목사님|스님|강론|설교", "speech-like"),
    ("choir", "합창", r"choir|chorus|chant\w*", r"합창|성가대(?!석)|찬송", "tone-chord"),
    ("footsteps", "발소리", r"footsteps?|steps(?! (?:up|in|down|aside|forward)\b)|footfalls?|walking|heels|boots|sneakers|shoes|slippers", r"슬리퍼|(?<![가-힣])힐(?=\s|이|은|소리)|뛰어\s*(?:오|와|가|간)[가-힣]*|발소리|발망치|발자국|발걸음|구두\s*(?:굽|소리)|구둣발|운동화|고무신|뛰어다니|하이힐", "footsteps"),
    ("ball", "공", r"(?:basket|foot|tennis|ping[- ]?pong)?balls?|dribbl\w*|ping[- ]?pong|table tennis", r"(?<![가-힣])공(?=이|을|\s*튀|\s*소리|\s)|농구공|축구공|탁구공|타격음|드리블|(?:축구|농구|배구)(?!장|\s*중계)|공\s*차|배트(?!럭)|방망이", "noise-burst"),
    ("wheels", "바퀴", r"suitcases?|luggage|trolley|cart|wheels?|skateboard|stroller", r"휠체어|캐리어|여행\s*가방|바퀴|리어카|손수레|수레|카트|유모차|스케이트보드", "noise-burst"),
    ("sizzle", "지글지글", r"sizzl\w*|frying|(?:frying )?pan|grill|wok", r"지글|튀김|(?<!공\s)(?<!공)(?<!통통\s)(?<!통통)튀기|프라이팬|팬에|굽는\s*소리|볶는", "rain"),
    ("whistle", "호루라기", r"referee'?s? whistle|whistle(?:s|d)?|whistling", r"휘슬|호루라기|휘파람", "tone-chord"),
    ("door", "문", r"doors?|doorbell|knock\w*|slam\w*", r"(?<![가-힣])문이|(?<![가-힣])문\s|문소리|노크|초인종|현관|철문|대문|쪽문|뒷문|옆문|자동문|방문(?=이|을|\s*(?:쾅|닫|열))", "noise-burst"),
    ("clock", "시계", r"clocks?|ticking|tick-tock|watch|metronomes?", r"뻐꾸기\s*시계|시계(?!탑)|째깍|똑딱|메트로놈", "tick"),
    ("bell", "종", r"bells?|singing bowls?|cowbells?|wind ?chimes?|chimes?|gong|ding|jingl\w*", r"종소리|방울\s*소리|(?<![가-힣])방울(?=이|을|은|도|\s|$)|싱잉\s*볼|종이(?![를가는도에])(?!\s*(?:넘기|넘어|찢|구기|구겨|구긴|접|바스락|한\s*장|뭉치|컵|비행기|상자))|종(?:은|도|만|을)(?=\s)|종\s|(?<= )종(?=\s*[,.]|\s*$)|(?:자전거|벨)\s*(?:벨|소리)|풍경|차임|징|(?<![가-힣])띵(?![가-힣])|(?<![가-힣])딩(?=\s*소리)|딩동|땡땡|알림음", "bell"),
    # Counted speakers are sources ("two speakers, one ... the other ..."); one speaker, or
    # speakers something named plays from, are where a source is (see _lexicon_mentions).
    ("speaker", "스피커", r"(?<=two )speakers|(?<=three )speakers|(?<=pair of )speakers",
     r"스피커(?=\s*(?:가|는|이|도)?\s*(?:두|세|네|2|3|4)\s*(?:개|대))", "tone-chord"),
    ("phone", "전화", r"phones?|ringtone|cellphone|smartphone|telephone|pagers?|beepers?", r"전화|휴대폰|핸드폰|벨소리|헤드셋|유튜브|(?<![가-힣])폰(?=이|은|는|을|도|\s|$)|폰\s*진동|진동\s*(?:소리|울리|드르륵)", "bell"),
    ("reload", "재장전", r"reload\w*", r"재장전", "tick"),
    ("alarm", "알람", r"alarms?|sirens?|air ?horns?|beep\w*|buzzer|smoke detector|detector|alarm clock|tinnitus|ringing in my ears|(?:kitchen|oven|egg) timer", r"타이머(?!\s*\d)|알람|출입\s*카드|교통\s*카드|(?:카드|결제)\s*단말기|사이렌|경보|경고음|삐\W*\s*소리|비프|부저|화재\s*감지기|감지기|자명종|이명|삑삑|삐빅", "tone-chord"),
    ("appliance", "가전", r"dishwasher|cash register|(?<=the )till\b|washing machine|washer|dryer|hair ?dryer|hand ?dryer|microwave|vacuum(?: cleaner)?|vacuuming|(?:hair |dog )?clippers|blender|toaster|coffee (?:machine|maker|grinder)|espresso machine|grinder|treadmill|dumbbells?|weights|(?:electric )?toothbrush", r"바코드|드라이기|고데기|에스프레소\s*머신|카페\s*머신|정수기|가습기|제습기|공기\s*청정기|거품기|식기\s*세척기|세탁기|건조기|드라이기|핸드\s*드라이어|전자\s*레인지|청소기|믹서기?|블렌더|토스터|커피\s*머신|원두|그라인더|러닝\s*머신|덤벨|역기|전동\s*칫솔|칫솔", "hum"),
    ("light hum", "형광등", r"fluorescent (?:light|lamp|tube)s?|neon(?: sign| buzz| hum)?|light buzz\w*|lamp(?! room)|lanterns?", r"형광등|네온|전등|랜턴", "hum"),
    ("printer", "프린터", r"printers?|(?:photo)?copiers?|fax", r"복합기|프린터|복사기|팩스", "hum"),
    ("fan", "선풍기", r"fans?|ac unit|hvac|ventilation|(?:air )?vents?|extractor|exhaust(?: fan)?", r"선풍기|환풍기|환풍구|(?:프로젝터|컴퓨터|본체|쿨링|노트북)\s*팬|팬\s|공조|후드", "hum"),
    ("air conditioner", "에어컨", r"air[- ]?conditioner|air[- ]?conditioning|air ?con|(?<![\w-])ac(?![\w-])|a/c|hvac|heater|radiator|boiler", r"에어컨|히터|난방기|보일러", "hum"),
    ("fridge", "냉장고", r"fridge|refrigerator|freezer", r"냉장고", "hum"),
    ("kettle", "주전자", r"kettle|teapot|(?:tea )?urn(?= (?:is )?(?:bubbl|boil|hiss|gurgl|steam))|boiling|bubbling pot|stew pot|cauldron|pot bubbl\w*", r"주전자|물\s*끓|(?:라면|보리차|차|국|죽|수프|커피)\s*끓|냄비|비커|보글보글|부글부글|찌개|솥|가마솥", "hum"),
    ("keyboard", "키보드", r"keyboard|typing|typewriter|keys", r"키보드|타자|타이핑", "tick"),
    ("car", "차", r"(?<!subway )(?<!train )(?<!tram )(?<!dining )(?<!sleeping )cars?(?! (?:interior|cabin|park|seat|roof|bonnet|hood)s?\b)|traffic|vehicles?|taxi|engines?|honk\w*|horns?|(?:tyre|tire)s? (?:squeal|screech)\w*|hover ?cars?", r"자동차|(?<![가-힣\d])(?:차가|차\s|차들)|엔진|경적|클랙슨|차량|교통|호버카", "hum"),
    ("truck", "트럭", r"trucks?|lorr(?:y|ies)|bus(?:es)?|garbage truck|van|street sweeper", r"트럭|버스|쓰레기차|화물차|승합차", "hum"),
    ("motorbike", "오토바이", r"motorcycles?|motorbikes?|scooters?|mopeds?|dirt ?bikes?", r"오토바이|스쿠터|바이크", "hum"),
    ("lawnmower", "잔디깎이", r"lawn ?mowers?|mowers?|mowing|hedge ?trimmers?|strimmers?|leaf blower|chainsaw|weed ?whacker", r"잔디\s*깎|예초기|전기톱|낙엽\s*청소기", "hum"),
    ("train", "기차", r"trains?|subway|metro|tram|railway", r"기차|열차|지하철|전철|KTX", "hum"),
    ("plane", "비행기", r"planes?|jets?|aircraft|airplanes?|airliner", r"비행기|제트기|여객기|항공기|전투기", "wind"),
    ("helicopter", "헬기", r"helicopters?|chopper", r"헬기|헬리콥터", "hum"),
    ("boat", "배", r"boats?|ship|ferry|foghorn|jet ?skis?|outboards?(?: motors?| engines?)?", r"(?<![선후택])배가(?!\s*(?:고프|고파|아프|아파|불러))|뱃고동|무적|선박|보트|여객선", "hum"),
    ("piano", "피아노", r"pianos?|pianists?", r"피아노", "tone-chord"),
    ("guitar", "기타", r"guitars?|guitarists?|lutes?|lyres?|mandolins?|banjos?|ukuleles?", r"기타(?!\s*등)|류트|만돌린|밴조|우쿨렐레", "tone-chord"),
    ("violin", "바이올린", r"violins?|violinists?|fiddles?|fiddlers?", r"바이올린", "tone-chord"),
    ("viola", "비올라", r"violas?|violists?", r"비올라", "tone-chord"),
    ("cello", "첼로", r"cellos?|cellists?", r"첼로", "tone-chord"),
    ("bass", "베이스", r"bass(?:ist)?", r"베이스", "tone-chord"),
    # A kit's pieces are tracks of their own in a mix note ("kick dry, snare slightly right").
    ("kick", "킥", r"kick(?: drum)?|bass drum", r"(?<![가-힣])킥(?=은|는|이|을|\s|,|$)", "noise-burst"),
    ("snare", "스네어", r"snare(?: drum)?", r"스네어", "noise-burst"),
    ("toms", "탐", r"toms|tom-toms?|floor tom", r"탐탐|플로어\s*탐", "noise-burst"),
    ("hi-hat", "하이햇", r"hi-?hats?|(?<!in )(?<!wearing )(?<!his )(?<!her )(?<!their )hats(?= (?:way |hard |slightly |a bit |just )?(?:up|left|right|panned|on|in|at|to))", r"하이햇", "noise-burst"),
    ("cymbals", "심벌", r"cymbals?|crash cymbal|ride cymbal", r"심벌", "noise-burst"),
    ("drums", "드럼", r"drums?|drummer|percussion|cajon|drum ?rolls?", r"드럼|카혼|(?:(?<=랑\s)|(?<=하고\s)|(?<=과\s))북(?![가-힣])|(?<![가-힣])장구|꽹과리|(?<![가-힣])고수(?=가|는|의|\s|,|\.|$)|북소리|북이|(?<![가-힣])북\s*(?:치|을)|(?<=에 )북(?=[,.]|$)|(?<![가-힣])북(?=\s*(?:두|세|네|2|3|4)\s*(?:개|대))|(?<!물)장구|타악기|퍼커션", "noise-burst"),
    ("trumpet", "트럼펫", r"trumpets?|trumpeters?|brass|saxophones?|saxophonists?|sax|fanfares?", r"트럼펫|색소폰|금관|팡파르|팡파레", "tone-chord"),
    ("flute", "플루트", r"flutes?|flutists?|recorder|piccolo", r"플루트|피리|대금|단소", "tone-chord"),
    ("clarinet", "클라리넷", r"clarinets?|oboes?|bassoons?", r"클라리넷|오보에|바순", "tone-chord"),
    ("organ", "오르간", r"organ", r"오르간", "tone-chord"),
    ("music", "음악", r"music|backing tracks?|bass ?lines?|(?<![\w-])beat(?= (?:drops|cuts|kicks|comes|starts|plays|thumps|pumps))|cds?|cd player|karaoke track|(?<![\w-])dj(?![\w-])|deejay|band|orchestra|quartet|trio|quintet|lullab(?:y|ies)|song|melody|synth\w*|strings|jazz|pop song|hip[- ]?hop|a tune|music box|edm|techno|k-?pop|turntable|record player|vinyl|jukebox", r"음악|주크박스|반주|보사노바|클래식|발라드|힙합|이어폰|밴드|오케스트라|노래\s*소리|멜로디|현악|재즈|트로트|오르골|edm|케이팝|응원가|턴테이블|바이닐|레코드판|LP", "tone-chord"),
    ("instrument", "악기", r"accordion|accordian|tablas?|djembes?|harp|shakers?|tambourines?|maracas|congas?|bongos?|trombones?|tubas?|french horns?|horns? section|timpani|xylophone|harmonica|ukulele|banjo|vuvuzelas?|bagpipes?|sitar|marimba", r"아코디언|하프|셰이커|쉐이커|마라카스|탬버린|트롬본|튜바|호른|팀파니|실로폰|하모니카|부부젤라|우쿨렐레|가야금|해금|꽹과리", "tone-chord"),
    ("radio", "라디오", r"(?<!talk )(?<!sports )(?<!news )radios?|walkie[- ]?talkie|intercom|transistor", r"라디오|무전|인터폰", "speech-like"),
    ("tv", "TV", r"tv|television|telly", r"티비|텔레비[전젼]|tv", "speech-like"),
    ("glass", "유리", r"glass(?:es)?(?! (?:space|walls?|ceiling|roof|dome|building|box|atrium|lobby))|shatter\w*|clink\w*|dishes|cutlery|plates|(?:poker )?chips|cups|mugs|(?:knitting )?needles", r"설거지|설겆이|식판|국자|수저|숟가락|젓가락|유리(?!창|\s*(?:공간|벽|천장|돔|터널))|접시|그릇|식기|잔\s|컵|머그|건배|얼음(?=\s*(?:이|을|들|조각)?\s*(?:달그락|딸그락|달각|짤랑|땡그랑|부딪|찰랑))", "tick"),
    ("machine", "기계", r"machines?|machinery|(?:freight )?elevators?|generator|motor|construction|excavator|bulldozer|crane|jackhammer|compressor|pumps?|tractors?|gears?|cogs?|defib(?:rillator)?s?|amplifiers?|amps?(?= (?:hum|buzz|crackl|hiss))", r"트랙터|톱니|기어\s*(?:소리|돌)|기계|공사(?:장)?\s*소리|발전기|모터|굴착기|굴삭기|포크레인|불도저|크레인|착암기|컴프레서|펌프|경운기|앰프(?=에서\s+(?:\S+\s+)?(?:지지직|치지직|노이즈|잡음|험|웅|윙))", "hum"),
    ("drill", "드릴", r"drills?|drilling|impact wrench|wrench", r"드릴|렌치", "hum"),
    ("saw", "톱", r"saws?|sawing", r"톱질|(?<![가-힣])톱(?![가-힣])", "noise-burst"),
    ("hammer", "망치", r"hammer\w*", r"(?<!발)망치", "tick"),
    ("shovel", "삽", r"shovel\w*|spades?(?= (?:scrap|dig|clink|bit|hit|strik))|digging", r"삽질|(?<![가-힣])삽(?=으로|이|을|\s)", "noise-burst"),
    ("gunshot", "총소리", r"gunshots?|gunfire|shots?|muskets?|rifles?|pistols?|machine ?guns?", r"총소리|총성|머스킷|소총|권총|기관총", "noise-burst"),
    ("explosion", "폭발", r"explosions?|shelling|shellfire|blasts?|cannons?|bombs?|grenades?|artillery", r"폭발|포성|대포|캐논|폭탄|수류탄|포탄|포격", "noise-burst"),
    ("leaves", "나뭇잎", r"leaves|rustl\w*|branches|trees|twigs?", r"나뭇가지\s*(?:를|을)?\s*밟|나뭇잎|낙엽|대나무|숲\s*소리|바스락|부스럭|사각\S*", "rain"),
    ("debris", "잔해", r"avalanches?|landslides?|rockslides?|debris|rubble|pebbles|falling rocks?|rockfall|dust trickl\w*",
     r"눈사태|산사태|젠가|부스러기|자갈(?=\s*(?:이|가)?\s*(?:굴러|구르|떨어|쏟아|튀))|돌멩이|잔해|낙석|돌\s*(?:굴러|떨어)|먼지\s*(?:후두둑|우수수)", "rain"),
    ("rat", "쥐", r"rats?|mice|mouse", r"(?<![가-힣])쥐(?![가-힣])|쥐가|쥐들|찍찍", "chirp"),
    ("snake", "뱀", r"(?:rattle)?snakes?|rattlers?|vipers?", r"(?<![가-힣])뱀|방울뱀", "noise-burst"),
    ("steam", "증기", r"steam|hiss(?:es|ing)?", r"증기|스팀", "noise-burst"),
    ("growl", "으르렁", r"growl\w*|snarl\w*", r"으르렁\S*", "speech-like"),
    ("roar", "포효", r"(?:monster|dragon|beast|boss|lion|tiger|bear)(?:'s)? roar\w*", r"(?:보스|드래곤|용|괴물|몬스터|사자|호랑이|곰|짐승|야수)\s*포효", "speech-like"),
    # Counted effects told apart one by one are as many sources ("효과음 두 개: 하나는 ...,
    # 다른 하나는 ..."); counted before a list of named sounds, they are that list.
    ("sound effect", "효과음", r"(?:(?<=two )|(?<=three )|(?<=four ))sound effects(?=[^,—-]{0,16}?[.:,]\s*(?:one|the first)\b)",
     r"효과음(?=\s*(?:이|가|은|는|도)?\s*(?:두|세|네|2|3|4)\s*(?:개|가지)[^,—-]{0,16}?[.:,]\s*(?:하나|첫\s*번째))", "noise-burst"),
    ("shrimp", "새우", r"(?:snapping )?shrimp|prawns?|(?:hermit |shore )?crabs?", r"새우|딱총새우", "rain"),
    ("flag", "깃발", r"flags?(?= flap| flutter| snap| whip)|banners? (?=flap|flutter|snap)", r"깃발|(?:현수막|빨래)\s*(?:이|가)?\s*펄럭", "wind"),
    ("whoosh", "휙", r"(?:whoosh|swoosh)(?:es)?\b(?! (?:past|by|over)\b(?!\s*[-+]?\d))", r"(?!)", "wind"),
    ("coins", "동전", r"coin (?:sound|drop)s?|coins?(?= (?:clink|jingl|rattl|fall|spill|clatter)\w*)|coins", r"동전", "tick"),
    ("signal", "깜빡이", r"turn signal|blinker|indicator|wipers?", r"깜빡이(?!는|며|고|다)|와이퍼", "tick"),
    ("sonar", "소나", r"sonar|pings?(?![- ]?pong)", r"소나(?![무기])|핑\s*소리", "tone-chord"),
    ("chains", "쇠사슬", r"chains?|rigging|halyards?", r"쇠사슬|사슬", "tick"),
    ("smart speaker", "스마트 스피커", r"smart speakers?|echo dot|google home|homepod",
     r"(?:스마트|인공지능|ai)\s*스피커", "speech-like"),
    ("kiln", "가마", r"kilns?", r"(?<![가-힣])가마(?!솥)(?=가|는|도|에서|\s*소리)", "hum"),
    ("potter's wheel", "물레", r"potter'?s wheels?", r"물레(?!방아)", "hum"),
    ("bicycle", "자전거", r"bicycles?|cyclists?",
     r"자전거(?!\s*(?:벨|도로|길))", "noise-burst"),
    ("eating", "먹는 소리", r"slurp\w*|munch\w*|chomp\w*", r"후루룩|호로록|쩝쩝|냠냠|와그작|아삭아삭", "noise-burst"),
    ("bag", "가방", r"(?:bag|backpack|rucksack)s? (?=drops?|dropping|thuds?|hits?|lands?|falls?|slumps?)",
     r"가방(?=\s*(?:을|를|이|가)?\s*(?:툭|쿵|털썩|내려놓|던지|떨어))", "noise-burst"),
    ("aquarium", "수족관", r"aquariums?|fish ?tanks?", r"어항|수족관(?=\s*(?:모터|펌프|여과기|소리))", "hum"),
    ("sword", "칼", r"swords?|sabres?|sabers?|katanas?",
     r"(?<![가-힣])칼(?=\s*(?:을|이)?\s*(?:뽑|휘두|부딪|빼|가는))|검을?\s*(?:뽑|휘두)|스릉", "noise-burst"),
    ("game", "게임 소리", r"(?:video |mobile |phone )?game (?:sounds?|music|audio)",
     r"게임\s*(?:소리|음악|효과음|bgm)", "tone-chord"),
    ("keys", "열쇠", r"(?:bunch|ring|set) of keys|key ?(?:rings?|chains?|fobs?)|(?:car |house |door )?keys (?:jangl|jingl|rattl|clink|chink|jiggl)\w*|"
                   r"(?:jangl|jingl|rattl|clink)\w* (?:of )?(?:the |his |her |my )?keys",
     r"열쇠(?:\s*꾸러미|\s*뭉치|고리)?|키\s*(?:꾸러미|뭉치)|차\s*키", "tick"),
    ("dice", "주사위", r"dice|die roll", r"주사위", "tick"),
    ("pencil", "연필", r"pencils?|pens?|scribbl\w*|chalk", r"연필|볼펜|샤프|분필|(?<![가-힣])펜(?=을|이|은|는|도|\s)", "tick"),
    ("scrape", "긁는 소리", r"scrap(?:e|es|ing)|scratch(?:es|ing)?(?! (?:the|that|this|it|those)\b)|brooms?", r"긁는|긁어|긁히|빗자루", "noise-burst"),
    ("creak", "삐걱", r"creak\w*|squeak\w*|swings?(?! (?:the|it|them|that|this|a|an|him|her)\b)|hinges?|rocking chair", r"삐걱|끼익|그네", "noise-burst"),
    ("window", "창문", r"shutters?|windows? (?=rattl|bang)", r"창문(?=\s*(?:이|가)?\s*(?:\S+에서\s*)?(?:덜컹|흔들|쾅|달그락))|덜컹|문풍지", "noise-burst"),
    ("knife", "칼질", r"chopping|knife|knives|scissors", r"칼질|도마|가위|(?<![가-힣])(?:썰(?:고|어|기|는)|써는|다지는)|장작\s*(?:패|쪼개)|도끼질", "tick"),
    ("chair", "의자", r"chairs?(?= (?:scrap|creak|squeak|screech))|chair legs?", r"의자\s*(?:끄는|끌|긁|삐걱|드르륵)", "noise-burst"),
    ("jiggling", "다리 떨기", r"leg (?:jiggl|bounc|shak)\w*|(?:jiggl|bounc|shak)\w* (?:his|her|their) legs?", r"다리\s*(?:를\s*)?떨", "noise-burst"),
    ("chewing", "껌", r"chewing gum|gum chewing|chewing|smacking (?:gum|lips)", r"껌\s*(?:씹|딱)|쩝쩝", "noise-burst"),
    ("cane", "지팡이", r"(?:walking )?(?:cane|stick)(?= tap)|cane", r"지팡이", "tick"),
    ("shutter", "셔터", r"(?:camera )?shutters? click\w*|camera click\w*", r"셔터|찰칵", "tick"),
    ("zipper", "지퍼", r"zippers?", r"지퍼", "noise-burst"),
    ("woodblock", "목탁", r"wood ?blocks?|temple blocks?|moktak", r"목탁", "tick"),
    ("paper", "종이", r"paper|pages|newspaper|(?:candy )?wrappers?|unwrapp\w*|crinkl\w*", r"포장지|종이|(?:악보|페이지|책장)\s*(?:를|을)?\s*(?:넘기|넘겨|넘김|넘어가)|책장(?!\s*(?:꼭대기|위|옆|앞|뒤|밑|아래|에|쪽|선반|너머))|신문", "noise-burst"),
    ("ghost", "유령", r"ghosts?|spirits?|monsters?|creatures?|dragons?|griffins?|wyverns?|goblins?|orcs?|trolls?|ogres?|dwarf|dwarfs|dwarves|elf|elves", r"유령|귀신|괴물|몬스터|고블린|오크|(?<!콘)(?<!컨)(?<!패)트롤|드워프|엘프", "speech-like"),
    ("zombie", "좀비", r"zombies?|undead|ghouls?", r"좀비", "speech-like"),
    ("drone", "드론", r"drones?", r"드론", "hum"),
    ("ambience", "앰비언스", r"ambien(?:ce|t)|room tone|hum|drone|(?:white|pink|brown) noise", r"(?:화이트|핑크|브라운)\s*노이즈|앰비언스|룸톤|(?<![가-힣])험(?![가-힣])|웅웅(?!\s*울(?:림|려|리))|(?:배경\s*소음|(?<![가-힣])(?<![가-힣]\s)소음)(?!에)", "hum"),
]
# Words that name a source only by its sound ("barking", "hums", "짖는"): a source of
# their own only where no other source is named in the same clause.
_WEAK_WORD = (r"(?:bark\w*|meow\w*|purr\w*|chirp\w*|tweet\w*|buzzing|howl\w*|hoot\w*|croak\w*|"
                   r"moo\w*|clapping|cheer\w*|murmur\w*|whisper\w*|talking|shout\w*|scream\w*|"
                   r"laugh\w*|walking|knock\w*|slam\w*|ticking|typing|boiling|honk\w*|rustl\w*|"
                   r"crackl\w*|drips?|dripping|hums?|humming|panting|썰(?:고|어|기|는)|써는|다지는|sob(?:s|bing)?|cackl\w*|drones?|beep\w*|shatter\w*|clink\w*|gallop\w*|"
                   r"chant\w*|whistl\w*|singing|creak\w*|squeak\w*|ding\w*|growl\w*|groan\w*|scrap(?:e|es|ing)|scratch(?:es|ing)?|"
                   r"짖는|지저귀|짹짹|꽥꽥|똑똑|윙윙|웅웅|타닥|째깍|똑딱|바스락|야옹|사각\S*|삐걱|끼익|덜컹|긁는|긁어|휘파람|띵|딩동|"
                   r"뛰어\s*(?:오|와|가|간)[가-힣]*|쿵쿵[가-힣]*|쿵쾅[가-힣]*|thuds?|thump\w*|딸깍|딸칵|달칵|찍찍|멍멍|개굴|음메|웅성|속삭\w*|노래|환호\S*|박수\S*|수군\S*|헥헥|삑삑|부스럭\S*|hiss\w*|steam|스팀|grunt\w*|jingl\w*|(?:whoosh|swoosh)\w*|yapp\w*)+")
_WEAK = re.compile(rf"{_WEAK_WORD}(?:\s+{_WEAK_WORD})*$")
_CLAUSE_BREAK = re.compile(r"[,;:!?]|(?<!\d)\.|\.(?!\d)| and | while | then |그리고|하고|\S+고\s|\S+며\s|\S+면서\s")
# Instruments named together make an ensemble ("the band", "오케스트라") redundant.
_INSTRUMENTS = {"piano", "guitar", "violin", "cello", "bass", "drums", "kick", "snare", "toms", "hi-hat",
                "cymbals", "trumpet", "flute", "organ",
                "instrument"}
#: What a player is "on" ("Mia's on keys", "with Jo on bass").
_PLAYED_ON = _INSTRUMENTS | {"keyboard"}
_ENSEMBLE = re.compile(r"(?:jazz |string |rock |brass )?(?:band|orchestra|ensemble|strings|quartet|trio|quintet)|"
                       r"jazz|밴드|오케스트라|현악|[3-5]중주")
# Broad classes whose own word makes a better label than the class ("dishwasher", "돼지").
_SURFACE_LABEL = {"appliance", "instrument", "farm animal", "wild animal", "creak", "scrape", "relative", "clarinet"}
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "a pair of": 2, "a couple of": 2, "twin": 2,
              "both": 2}
_KO_COUNTS = {"두": 2, "세": 3, "네": 4, "둘": 2, "셋": 3, "넷": 4, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Mention:
    """A source named in the text: its labels, its stand-in sound, where (lower-cased offsets),
    and its kind (the :data:`SOURCES` entry's English label, or the label of a clause subject)."""

    label_en: str
    label_ko: str
    sound: str
    start: int
    end: int
    kind: str = ""


#: Words that put the members of a group on the two sides ("one at each ear", "좌우").
EACH_SIDE = re.compile(r"\beach (?:ear|side|wall)\b|\bboth (?:sides|ears|walls)\b|\beither (?:side|wall)\b|"
                       r"\b(?:left and right|right and left)\b|양쪽|양옆|좌우|양\s*귀|"
                       r"(?:왼|오른)쪽(?:과|하고|이랑|,)\s*(?:오른|왼)쪽")


_AND_NEXT = re.compile(r"(?:\s+[a-z]+)?\s+and\b")


def _count_before(t: str, start: int, end: int) -> int:
    m = re.search(r"\b(two|three|four|a pair of|a couple of|twin|both)\s+(?:\w+\s+)?$",
                  t[max(0, start - 24):start])
    # "both the piano and the bass": two sources, one each.
    if m and not (m.group(1) == "both" and _AND_NEXT.match(t, end)):
        return _EN_COUNTS[m.group(1)]
    m = re.match(r"(?:음|\s*소리)?\s*(?:이|가|도)?\s*(?:(두|세|네|둘|셋|넷|2|3|4)\s*(?:마리|대|명|개|곳|군데|가지)|"
                 r"(둘|셋|넷)(?:이|은|는|도|인데|이고|이에요|입니다)?(?=[\s,.]|$)(?!\s*다(?:[\s,.]|$)))", t[end:end + 12])
    if m:
        return _KO_COUNTS[m.group(1) or m.group(2)]
    m = re.search(r"(?<![가-힣])(두|세|네)\s+$|(두|세|네|2|3|4)\s*(?:개|마리|대|명)의\s+$",
                  t[max(0, start - 8):start])               # "두 사람이", "두 개의 횃불"
    if m:
        return _KO_COUNTS[m.group(1) or m.group(2)]
    return 2 if re.search(r"(?:둘|양쪽)\s*다\s+$", t[max(0, start - 8):start]) else 1   # "둘 다 새가"


# "torches crackling on both walls", "양옆 벽에서 횃불": a pair, one on each side.
_BOTH_WALLS_AFTER = re.compile(r"^[^,.;]{0,30}?\b(?:on|along|from) (?:both|either) walls?\b|"
                               r"^[^,.;]{0,30}?\bone on each wall\b")
_BOTH_WALLS_BEFORE = re.compile(r"(?:양옆|양쪽)\s*벽\s*(?:에서|에)?\s*$|(?:좌우|양옆)\s*(?:에서|에)\s*$")


def _on_both_sides(t: str, start: int, end: int) -> bool:
    """Whether a plural name ("torches") or a Korean name after "양옆 벽에서" is a pair on the two sides."""
    word = t[start:end].split()[0]
    plural = re.fullmatch(r"[a-z]+s", word) is not None and not word.endswith(("ss", "ings"))
    return bool(plural and _BOTH_WALLS_AFTER.search(t[end:])
                or _BOTH_WALLS_BEFORE.search(t[max(0, start - 12):start]))


def _shares_clause(t: str, k: tuple[int, int, int], kept) -> bool:
    """Whether another, non-weak mention lies in the same clause as ``k``."""
    for other in kept:
        if other is k or _WEAK.match(t[other[0]:other[1]]):
            continue
        lo, hi = min(k[1], other[1]), max(k[0], other[0])
        if not _CLAUSE_BREAK.search(t[lo:hi]):
            return True
    return False


# A name right after a preposition, or before a Korean place particle, names where
# something is ("at the back door", "스피커에서"), not a source of its own.
_LOCATION_BEFORE = re.compile(r"\b(?:at|in|from|by|near|on|off|behind|toward|towards|into|to|"
                              r"through|across|along|under|over|inside|outside|of|beside|beyond|past|above|below|beneath|underneath|atop|"
                              r"around|round|against)\s+"
                              r"(?:the |a |an |my |our |their |his |her |its )?(?!(?:me|us|you|him|them)\s)(?:\w+\s+)?$")
_LOCATION_AFTER = re.compile(r"[^\s,.]*?(?:에서|에|쪽|으로|로|안|속|위|밑|뒤|앞)(?=[\s,.]|$)")
# Words in which a source name is not a source: clock faces, radio dramas, 시계 방향.
_NOT_A_SOURCE = re.compile(r"\bduck(?:s|ed|ing)? (?:it|them|this|that|everything|the (?:music|bed|score|ambience))\b|"
                           r"(?:한|두|세|네|반|몇|\d+)\s*바퀴|\bmeteor shower|유성우|"   # laps, not wheels; stars
                           r"\b(?:out to|out at|at|across the|over the|out over the) sea\b|"    # a place
                           r"(?<![a-z])o'?\s*clock|\d\s*시|(?:반)?시계\s*방향|시계방향|radio dramas?\b|radio plays?\b(?=\s*(?:[,.;:!?)]|$|about|episode|script|series|cue))|"
                           r"라디오\s*드라마|(?:drama|드라마)\s|"
                           r"\b(?:train|bus|subway|metro|police|gas|radio|tv) (?:station|stop|platform)s?\b|"
                           r"\b(?:engine|boiler|machine|server|control|music|drum) rooms?\b|"
                           r"\b(?:jazz|music|dance|night|karaoke) (?:club|bar|venue|hall|room)\b|재즈\s*(?:클럽|바)|"
                           r"기차역|버스\s*정류장|바닷가|해변가|강가|(?<![가-힣])바다\s*쪽|(?:지하철|기차|열차)\s*(?:역|승강장)|"
                           r"[가-힣a-z]+\s*(?:게임|영화|game|movie|film)\b(?!\s*(?:소리|음악|효과음|bgm|sounds?|music|audio))|"
                           r"(?:^|[.:!?]\s*)[^\s.:!?]+(?:\s[^\s.:!?]+){0,2}\s*(?:장면|씬)(?=\s*[.:,]|$)|"
                           r"(?:^|[.:!?]\s*)\w+(?: \w+)? (?:scene|ambien(?:ce|t)|ambiance|setting|atmosphere)(?=\s*[.:])|"
                           r"\b(?:a few|few|two|three|four|five|six|seven|eight|nine|ten|several|some|a couple of|\d+)\s+"
                           r"(?:steps|paces)\b|\b\w+ (?:steps|paces) (?:away|ahead|behind|back|off|to|from|in front)\b|"
                           r"\b(?:air)?plane (?:cabin|seat|window|interior|aisle)|\bconstruction (?:site|zone|area)|\bsteam room|"
                           r"\bfacing (?:the|a) \w+|"
                           r"\b\w+'s (?:yard|house|garden|place|apartment|flat|lawn|window|room|office|kitchen|name)\b|"
                           r"(?:지하철|기차|열차)\s*플랫폼|기내|비행기\s*안|\bnext door\b|"
                           r"(?:ambien(?:ce|t)|ambiance|앰비언스)(?:\s+(?:loop|bed|track|layer))?\s*(?::|\s-\s)|"
                           r"\b(?:wide|close|long|establishing|tracking|medium|opening|final|reverse) shot\b|\bshot\s*#?\d+|"
                           r"(?<=-drawn )\w+|"
                           r"\b(?:clock|bell|church) tower\b|종탑|\bphone call\b|\bon the phone\b|\bhot ?dogs?\b|"
                           r"\b(?:int|ext)\.\s+[^.\n]{1,40}?\s[-–—]\s*(?:day|night|morning|evening|dawn|dusk|later|continuous)\b|"
                           r"\btuned (?:in )?to (?:some |the )?\w+|"     # what a radio plays is the radio
                           # the listeners, and the doors and parking a route passes through
                           r"\b(?:the )?(?:audience|crowd|listeners?|viewers?) (?:hears?|will hear|listens?)\b|"
                           r"\bcar ?parks?\b|\bparking (?:garage|lot|structure)\b|\b(?:narrator|camera|player)(?:[’']s)? pov\b|"
                           r"\b(?:audience|spectators?|viewers?)(?:[’']s?)? (?:pov|perspective|point of view|view|left|right)\b|\bfor the audience\b|"
                           r"\b(?:boys|girls|men|women|ladies|gents)[’']s? (?:toilets?|loos?|bathrooms?|changing rooms?|locker rooms?)\b|"
                           r"\b(?:out|through) (?:of )?(?:the |a )?(?:\w+ )?doors?\b(?! (?:slams?|bangs?|creaks?|opens?|closes?|shuts?))|"
                           r"\bdoors? (?:half|partly|partway|part) (?:shut|closed|open)\b|"
                           r"\bplay(?:s|ing|ed)? (?:our|the|a|their|its|his|her|my) (?:\w+ )?jingle\b|"
                           r"\bhold(?:s|ing)? (?:her|his|my|their|your|our) breath\b|숨을?\s*(?:참|죽이)|"
                           # "할머니 왼쪽에서 전화벨": a person named as where a sound is
                           rf"(?:{KIN_KO})(?=\s*(?:바로\s*)?(?:왼쪽|오른쪽|옆|앞|뒤|곁)\s*(?:에서|에|으로|로))|"
                           # "현관 쪽이 정면", "the windscreen is front": what the front is
                           r"[가-힣]+\s*(?:쪽|방향)?\s*(?:이|가)\s*정면(?:이고|이다|이야|이라|임|입니다)?(?=\s*[.,;!)]|\s*$)|\b\w+ is (?:the )?front\b|"
                           r"\bwith (?:my |some |a few |a couple of )?(?:friends|family)\b|아기\s*침대|\bbaby (?:cot|crib)\b|"
                           # a door left open, or a route's starting door ("현관문에서 ... 까지")
                           r"\b(?:with|leave|left|keep|kept) (?:the |a )?(?:\w+ )?door (?:wide )?(?:open|ajar)\b|"
                           r"(?:^|[,;(]\s*)(?:the )?door (?:wide )?(?:open|ajar)(?=\s*[,;.)]|$)|"
                           r"문\s*(?:을|은)?\s*(?:활짝\s*)?열어\s*(?:놓|놔|두|둔)|(?:현관문?|(?<![가-힣])문)(?=에서[^.,]{0,20}?(?:까지|쪽으로))")
# "... then its door slams", "a man talking on his phone": a thing of a source already named.
_POSSESSED = re.compile(r"\b(?:its|his|her|their)\s+(?:\w+\s+)?$")


def _has_owner(t: str, k: tuple[int, int, int], kept) -> bool:
    """Whether a source before ``k`` can own it: "his" / "her" need a person or a creature
    named before ("a pot boiling, her knife chopping": nobody's part, the knife sounds)."""
    if not re.search(r"\b(?:his|her)\s+(?:\w+\s+)?$", t[max(0, k[0] - 20):k[0]]):
        return True
    return any(o[1] <= k[0] and SOURCES[o[2]][0] not in _NOT_PARTS + _PLAYERS and (
        SOURCES[o[2]][4] in ("speech-like", "bark", "chirp") or SOURCES[o[2]][0] in _CREATURES) for o in kept)


@lru_cache(maxsize=None)
def _lexicon_patterns() -> list[tuple[int, re.Pattern]]:
    """``(index into SOURCES, pattern)`` of each entry's English and Korean words; compiled
    once, as the entries outnumber the ``re`` module's cache."""
    return [(i, re.compile(pattern)) for i, (_, _, en, ko, _) in enumerate(SOURCES)
            for pattern in (rf"\b(?:{en})(?:e?s)?\b", ko)]


def _name_matches(t: str) -> list[tuple[int, int, int]]:
    """``(start, end, index into SOURCES)`` of every match of a lexicon entry in ``t``."""
    return [(m.start(), m.end(), i) for i, pattern in _lexicon_patterns() for m in pattern.finditer(t)]


def lexicon_names(text: str) -> list[tuple[int, int]]:
    """Where a name of the lexicon occurs in ``text``, whether or not it names a source there
    (a denied, removed or compared one too); lower-cased offsets."""
    return sorted((s, e) for s, e, _ in _name_matches(text.lower()))


def _lexicon_mentions(t: str) -> list[tuple[int, int, int]]:
    found = sorted(_name_matches(t), key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, int]] = []
    for s, e, i in found:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, i))
    blocked = [m.span() for m in _NOT_A_SOURCE.finditer(t)] + [m.span() for m in VOCATIVE.finditer(t)]
    kept = [k for k in kept if not any(b0 <= k[0] < b1 + 2 for b0, b1 in blocked)]
    # A name denied once ("비바람 소리 자체는 넣지 마") is no source anywhere in the text.
    denied = {t[k[0]:k[1]] for k in kept if _denied(t, k)}
    # "no clock ticking": the sound word of a denied name goes with it.
    denied |= {t[k[0]:k[1]] for d, k in zip(kept, kept[1:]) if t[d[0]:d[1]] in denied
               and _WEAK.match(t[k[0]:k[1]]) and not t[d[1]:k[0]].strip()}
    kept = [k for k in kept if not _is_verb(t, k) and t[k[0]:k[1]] not in denied
            and not _NICKNAME_BEFORE.search(t[max(0, k[0] - 24):k[0]])]
    kept = [k for k in kept if not _is_location(t, k) and not _handled_by(t, k, kept)
            and not _compared(t, k)]
    origins = [k for k in kept if _is_origin(t, k)]
    kept = [k for k in kept if k not in origins or not _shares_clause(t, k, [
        o for o in kept if o not in origins])]
    kept = _merge_compounds(t, kept)
    # "상인들 호객 소리(군중)": a class in brackets right after a name annotates it.
    kept = [k for i, k in enumerate(kept) if not (i and re.search(r"\(\s*$", t[max(0, k[0] - 3):k[0]])
                                                  and re.match(r"\s*\)", t[k[1]:]))]
    # "할머니 두 분이 수다를 떠시고": the chat of the people just named is theirs.
    kept = [k for i, k in enumerate(kept)
            if not (i and re.match(r"수다|대화|얘기|이야기", t[k[0]:k[1]]) and SOURCES[kept[i - 1][2]][4] == "speech-like"
                    and re.fullmatch(r"\s*(?:(?:두|세|네)\s*(?:분|명)\s*)?(?:이|가|은|는|끼리)?\s+", t[kept[i - 1][1]:k[0]]))]
    # "트럭이 후진하는 삐삐 소리": a sound described by what a named source does is its sound.
    kept = [k for i, k in enumerate(kept)
            if not (i and re.fullmatch(r"(?:이|가)\s+\S+는\s+[^\s,.]*|\s*(?:이|가)?\s*후진(?:하는|하며|중)?\s*(?:삐+\s*)?",
                                       t[kept[i - 1][1]:k[0]]))]
    # "기타 치는 소리랑 누가 노래 부르는 소리": a sound joined to another sound is its own
    kept = [k for k in kept if not (_WEAK.match(t[k[0]:k[1]]) and (
        _shares_clause(t, k, kept) or _idle_clause(t, k, kept) or _pronoun_before(t, k, kept)
        or _joined_verb(t, k, kept)) and not _SOUND_AND.search(t[max(0, k[0] - 16):k[0]]))]
    kept = [k for k in kept if not _silent(t, k, kept) and not _with_part(t, k, kept)
            and not _place_moved_to(t, k, kept)
            and not _plays(t, k, kept) and not _pronoun_does(t, k) and not _played_by(t, k, kept)
            and not _said_to_be(t, k, kept) and not _talks_with_next(t, k, kept)]
    kept = [k for i, k in enumerate(kept) if not (i and SOURCES[k[2]][0] == "wind" and SOURCES[
        kept[i - 1][2]][0] in ("air conditioner", "fan", "appliance")
        and not _CLAUSE_BREAK.search(t[kept[i - 1][1]:k[0]]))]
    kept = _doers_dropped(t, kept)
    # A person or an animal of a source is a source ("its rider"), and so is what plays on its
    # own ("their music's thumping"); a part is not ("its door").
    kept = [k for i, k in enumerate(kept) if (SOURCES[k[2]][4] in ("speech-like", "bark", "chirp")
                                              and not re.match(r"voices?\b", t[k[0]:k[1]]))
            or SOURCES[k[2]][0] in _NOT_PARTS
            or SOURCES[k[2]][0] in _MACHINES and _PERSONS.search(t[max(0, k[0] - 20):k[0]])
            or not (i and _POSSESSED.search(t[max(0, k[0] - 20):k[0]]) and _has_owner(t, k, kept))]
    kept = [k for k in kept if not _member_plays(t, k, kept)]
    # "grandfather clock upstage centre chimes twelve": the clock's chime, not a bell
    kept = [k for i, k in enumerate(kept) if not (
        i and re.fullmatch(r"chim(?:es|ed|ing)", t[k[0]:k[1]]) and SOURCES[kept[i - 1][2]][0] == "clock"
        and not _CLAUSE_BREAK.search(t[kept[i - 1][1]:k[0]]))]
    # Counted speakers are the sources only where nothing named plays from them.
    if any(SOURCES[k[2]][0] != "speaker" for k in kept):
        kept = [k for k in kept if SOURCES[k[2]][0] != "speaker"]
    return _headed(t, _same_in_clause(t, kept))


_SOUND_AND = re.compile(r"소리\s*(?:랑|이랑|와|하고)\s+(?:[가-힣]+\s+)?$")


def _doers_dropped(t: str, kept: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``kept`` without Korean names followed by what they do in a clause that names another
    source; of two such ("고양이 방울이 딸랑"), the later stays."""
    out = []
    for i, k in enumerate(kept):
        if re.fullmatch(r"[가-힣]+", t[k[0]:k[1]]) and re.match(_KO_DOES, t[k[1]:k[1] + 3]) \
                and _shares_clause(t, k, out + kept[i + 1:]):
            continue
        out.append(k)
    return out


_MEMBER_OPENS = re.compile(r"(?:(?<![가-힣])(?:다른\s*)?하나(?:는|가)|(?<![가-힣])한\s*(?:명|마리|놈|녀석|대|개)(?:은|는|이|가)|"
                           r"(?<![가-힣])다른\s*(?:놈|녀석|애|건|것|한\s*(?:명|마리|대|개))(?:은|는|이|가)?|"
                           r"\b(?:the )?one|\bthe other(?: one)?)\b[^,.;:]*$")


def _member_plays(t: str, k: tuple[int, int, int], kept) -> bool:
    """"라디오 두 대. 하나는 윗층에서 트로트": music in a clause about one of several players
    named before is what that player plays."""
    return SOURCES[k[2]][0] == "music" and bool(_MEMBER_OPENS.search(t[max(0, k[0] - 40):k[0]])) and any(
        o[1] <= k[0] and SOURCES[o[2]][0] in _PLAYERS and _count_before(t, o[0], o[1]) > 1 for o in kept)


def _member_calls(t: str, found: list[tuple]) -> list[tuple]:
    """``found`` without the calls of members of a group counted before ("고양이 두 마리,
    한 놈은 ... 야옹하고 다른 놈은 ...", "two dogs, ..., the other one is ... snoring"):
    each is that member's sound, as is a bare sound word there ("랜턴 두 개 ... 다른 하나는
    ... 윙윙대요", "two swords: one blade scraping ...")."""
    return [f for i, f in enumerate(found) if not (
        _MEMBER_OPENS.search(t[max(0, f[0] - 40):f[0]]) and any(
            (o[5] == f[5] or f[5] in _BODY_SOUNDS or _SOUND_WORD.fullmatch(t[f[0]:f[1]]))
            and o[1] <= f[0] and t[o[0]:o[0] + 2] != t[f[0]:f[0] + 2]
            and _count_before(t, o[0], o[1]) > 1 for o in found[:i]))]


#: A bare sound word: how something sounds ("윙윙", "덜덜", "scraping").
_SOUND_WORD = re.compile(r"([가-힣]{1,2})\1|[a-z]+ing")
_ASIDE = re.compile(r"[-–—(]\s*(?:that's|that is|who's|who is|aka|i\.e\.|\w+ being)\s[^-–—()]{1,40}[-–—)]")
#: Sounds a body makes, whoever's it is.
_BODY_SOUNDS = ("cough", "breathing", "growl")


#: Animals whose stand-in sound is not a call: "his horse" is a source, not a part of him.
_CREATURES = ("horse", "cow", "snake", "farm animal")


def _joined_verb(t: str, k: tuple[int, int, int], kept) -> bool:
    """"kids building sandcastles and laughing": a second doing of the subject before;
    "the wipers, squeaking right in front": what the source just named is doing."""
    if not t[k[0]:k[1]].endswith("ing"):
        return False
    if any(re.fullmatch(r"\s*,\s*", t[o[1]:k[0]]) for o in kept):
        return True
    return bool(re.search(r"[^,]\s+and\s+$", t[max(0, k[0] - 6):k[0]])) \
        and any(o[1] <= k[0] and not re.search(r"[.;:!?]", t[o[1]:k[0]]) for o in kept)


def _headed(t: str, kept):
    """"Campfire with friends: fire crackling ...": a heading's source named again below
    is that source, unless it is a member's ("Two fountains: one ..., the other splashes"); "마을 앰비언스, ... 교회 종, ...": an opening ambience that sources
    follow describes the scene."""
    head = re.match(r"\s*[^:.\n]{1,40}:", t)
    if head and re.search(r"(?:기획안?|메모|노트|요청|설계안|brief|notes?|plan|proposal|script)\s*:$", head.group(0)):
        kept = [k for k in kept if k[0] >= head.end()]       # "수영장 안전요원 방송 기획:": a title
    if head and sum(k[1] <= head.end() for k in kept) > 1:
        head = None                  # "two guitars and a singer: ...": a list, not a heading
    opening = re.match(r"[^,;:.\n—–]*", t).end()
    return [k for k in kept if not (
        head and k[1] <= head.end() and any(o[0] >= head.end() and SOURCES[o[2]][0] == SOURCES[k[2]][0]
                                             and not _member_of(t, k, o) for o in kept)
        or SOURCES[k[2]][0] == "ambience" and k[1] <= opening and any(o[0] > opening for o in kept)
        and not _given_a_width(t[:opening]))]


def _member_of(t: str, group: tuple[int, int, int], k: tuple[int, int, int]) -> bool:
    """Whether ``k`` is the sound of one member of ``group``, counted before it ("Two
    fountains: one gurgles ..., the other splashes")."""
    return _count_before(t, group[0], group[1]) > 1 and bool(_MEMBER_OPENS.search(t[max(0, k[0] - 40):k[0]]))


def _given_a_width(words: str) -> bool:
    """"카페 배경소음은 그냥 전체에 깔고, ...": an opening ambience given a width is a source."""
    from .reading import read

    return "spread_deg" in read(words).statements


# "a piano ... nobody plays it", "the vending machine is silent", "바람 소리는 전혀 없어".
_SILENCE = re.compile(r"\b(?:nobody|no one) (?:plays|touches|uses|rings) (?:it|them)\b|"
                      r"\b(?:is|are|stays?|remains?) (?:completely |totally )?silent\b|"
                      r"^\s*(?:was|is|were|are|'s) (?:closed|shut|switched off|turned off|unplugged|off)\b|"
                      r"\bdon'?t give (?:it|them) (?:anything|a sound)|\bmakes? no (?:sound|noise)\b|"
                      r"\bnot making (?:a|any) (?:sound|noise)\b|"
                      r"^\s*(?:소리|대사)?\s*(?:는|은|도)?\s*(?:전혀|거의|아예|하나도)\s*(?:없|안\s*나)|"
                      r"(?:소리|대사)\s*(?:는|은|도)?\s*(?:전혀\s*|거의\s*)?없|아무도\s*안\s*(?:치|쳐|써)|"
                      r"^\s*(?:calm|still|dead)\b(?!\s*(?:cent(?:er|re)|ahead|front|on|in|\w+ing)\b)|^\s*(?:은|는|도|이|가)?\s*(?:없음|없고|없어|안\s*(?:울|틀|나|켜져|켰)|꺼져\s*있|"
                      r"(?:여기서\s*)?(?:완전히\s*)?빠(?:짐|진다|져|지고))")


_EXCEPT = re.compile(r"(?:외엔|외에는|외에|빼고는?|말고는?)\s*(?:\S+\s*){0,2}$|\b(?:else|other than that)\b[^,;]*$")


def _silent(t: str, k: tuple[int, int, int], kept) -> bool:
    """A thing named only to say it makes no sound, before the next name or sentence."""
    nxt = min([o[0] for o in kept if o[0] > k[0]] + [len(t)])
    end = re.search(r"[.;!?\n]", t[k[1]:])
    stop = min(nxt, k[1] + end.start() if end else len(t))
    said = _SILENCE.search(t[k[1]:stop])
    # "풍경만 ... 울리고, 그 외엔 아무 소리도 없습니다": silence around it, not of it
    return bool(said) and not _EXCEPT.search(t[k[1]:k[1] + said.start()])


def _pronoun_before(t: str, k: tuple[int, int, int], kept) -> bool:
    """"and it goes ding ding", "the other one just grunts", "the hiss of both": a sound
    word of a pronoun is the sound of the thing before."""
    if not any(o[1] <= k[0] for o in kept):
        return False
    if re.match(r"\s+of (?:both|them|the two|each|it|all)\b", t[k[1]:]):
        return True
    return bool(re.search(
        r"\b(?:it|they|he|she|it's|he's|she's|they're)\s+(?:\w+\s+){0,2}$|(?:그게|그건|그것이)\s+(?:\S+\s+){0,2}$|"
        rf"(?:^|[.,;:]\s*)(?:and )?(?:one|the other(?: one)?|another|the (?:{ORDINALS_EN}|\w+ one))"
        r"(?:\s*\([^)]*\))?\s+(?:just\s+|then\s+|also\s+)?$|"
        r"(?:^|[.,;:]\s*)(?:and )?(?:both|all (?:of them|three|four)|each)\s+(?:of them\s+)?(?:\w+ly\s+)?$",
        t[max(0, k[0] - 40):k[0]]))


_MOVES_TO = re.compile(r"\b(?:runs?|ran|running|sprint\w*|walk\w*|goes|going|went|heads?|heading|com(?:es|ing)|"
                       r"came|mov(?:es|ing)|crawl\w*|roll\w*|drift\w*|glid\w*|dash\w*|rac(?:es|ing)|"
                       r"click\w*|clomp\w*|stomp\w*|sleepwalk\w*|shuffl\w*|tiptoe\w*|wander\w*|stroll\w*|skat\w*)\b"
                       r"[^.;]{0,60}?\b(?:to|towards?|into|from)\s+"
                       r"(?:the|a|my|his|her|their)\s+(?:\w+\s+)?$|"
                       # "squeaks from the stacks on the left all the way round to the fireplace"
                       r"\bfrom\s[^.;]{0,80}?\b(?:to|into)\s+(?:the|a|my|his|her|their)\s+(?:\w+\s+)?$")


def _place_moved_to(t: str, k: tuple[int, int, int], kept) -> bool:
    """"sprints out to the ball", "all the way up to the door behind me": where a source
    named before moves to or from is a place, not a source, unless it sounds itself."""
    return any(o[1] <= k[0] for o in kept) and bool(_MOVES_TO.search(t[max(0, k[0] - 90):k[0]])) \
        and not re.match(r"\s*(?:\w+\s+)?(?:slam|creak|bang|open|clos|knock|ring|bounc|rattl)", t[k[1]:])


_RUNS_ON = re.compile(r"\s+(?:going|running|on|blaring|playing)\b")


def _with_part(t: str, k: tuple[int, int, int], kept) -> bool:
    """"a bus ... with engine noise": a part of the source just named."""
    if _RUNS_ON.match(t, k[1]):
        return False                       # "with the extractor fan going too": on its own
    return bool(re.search(r"\bwith (?:its |the |an? |loud |some )?$", t[max(0, k[0] - 16):k[0]])) and any(
        o[1] <= k[0] and not re.search(r"[.;!?]", t[o[1]:k[0]]) for o in kept)


_PLAYED = re.compile(r"\s*(?:을|를)?\s*(?:치|쳐|켜|불|두드|연주|흔들|흔듦|튕기|튀기|뜯|하(?:시|는|고|며|다))|\s+(?:is |are )?"
                     r"(?:being )?(?:played|strummed|plucked)")


def _plays(t: str, k: tuple[int, int, int], kept) -> bool:
    """"친구는 오른쪽에서 기타 치고", "a kid bounces a basketball", "할아버지는 계속 기침하심":
    a person (or pet) making the named sound next is not a second source."""
    who = SOURCES[k[2]][0]
    nxt = next((o for o in kept if o[0] >= k[1]), None)
    if who not in ("voice", "children", "dog", "cat", "baby") or nxt is None:
        return False
    if t[k[0]:k[1]] in ("누군가", "누가", "someone", "somebody") and not _CLAUSE_BREAK.search(t[k[1]:nxt[0]]):
        return True               # "누군가 내 뒤 계단을 내려오는 발소리": the steps are someone's
    if SOURCES[nxt[2]][0] in ("cough", "breathing"):
        return not re.search(r"[,;.!?]", t[k[1]:nxt[0]])
    return who in ("voice", "children") and not _CLAUSE_BREAK.search(t[k[1]:nxt[0]]) and bool(
        _PLAYED.match(t[nxt[1]:nxt[1] + 12]) or re.search(
            r"\b(?:plays?|playing|practi[cs]es|practi[cs]ing|strums?|strumming|picks?|picking|bows?|bowing|bounc\w+|dribbl\w+|"
            r"kicks?|kicking)\s+(?:(?:a|an|the|his|her|their)\s+)?$", t[max(0, nxt[0] - 24):nxt[0]]))


_PLAYERS = ("radio", "tv", "speaker", "phone")
_PLAYING = re.compile(r"\b(?:plays?|playing|blast(?:s|ing)|blar(?:es|ing)|pump(?:s|ing)(?: out)?)\s+(?:\w+\s+){0,2}$")


def _played_by(t: str, k: tuple[int, int, int], kept) -> bool:
    """"the radio in the kitchen plays old songs": the music a player named just before
    plays is that player's sound, no second source."""
    before = [o for o in kept if o[1] <= k[0]]
    return SOURCES[k[2]][0] == "music" and bool(before) and SOURCES[before[-1][2]][0] in _PLAYERS \
        and not _CLAUSE_BREAK.search(t[before[-1][1]:k[0]]) and bool(_PLAYING.search(t[max(0, k[0] - 40):k[0]]))


#: Korean words that join two names ("할머니랑 할아버지").
_KO_JOIN = r"(이랑|랑|와|과|하고)"


def _talk_follows(t: str, start: int) -> bool:
    """Whether the clause from ``start`` to the next punctuation says people talk together."""
    end = re.search(r"[,.;!?]", t[start:])
    return bool(TALK_TOGETHER.search(t[start:start + (end.start() if end else len(t))]))


# "할머니랑 할아버지가 앞에서 두런두런 얘기 나누는": two people in one conversation.
def _talks_with_next(t: str, k: tuple[int, int, int], kept) -> bool:
    """Whether ``k`` and the person named right after it talk together (one source)."""
    nxt = next((o for o in kept if o[0] >= k[1]), None)
    if nxt is None or SOURCES[k[2]][4] != "speech-like" or SOURCES[nxt[2]][4] != "speech-like":
        return False
    return bool(re.fullmatch(rf"\s*{_KO_JOIN}\s*", t[k[1]:nxt[0]])) and _talk_follows(t, nxt[1])


def _talks_with_next_ko(t: str, end: int) -> bool:
    """"지훈이랑 은비가 둘이 수다 떨고": a subject joined to the next, both talking, is part
    of the conversation (one source), not a source of its own."""
    pair = re.match(rf"{_KO_JOIN}\s+[가-힣]+\s", t[end:])
    return pair is not None and _talk_follows(t, end + pair.end(1))


# "셔터는 내 폰이에요": a sentence saying what a source named before is names no new one.
_KO_COPULA = re.compile(r"\s*(?:이에요|예요|이야|야|이다|입니다|이고|임)(?![가-힣])")


def _said_to_be(t: str, k: tuple[int, int, int], kept) -> bool:
    """Whether ``k`` only says what a source named earlier in its sentence is."""
    if not _KO_COPULA.match(t, k[1]):
        return False
    start = max((m.end() for m in re.finditer(r"[.;!?\n]", t[:k[0]])), default=0)
    return any(start <= o[0] and o[1] <= k[0] and re.match(r"\s*(?:소리\s*)?(?:은|는)\s", t[o[1]:]) for o in kept)


#: Sources that sound on their own once someone has set them going.
PLAYS_ON_ITS_OWN = ("music", "radio", "tv", "alarm")
#: Sources that are never a part of the one named before them ("his horse", "their radio").
_NOT_PARTS = PLAYS_ON_ITS_OWN + _CREATURES
#: Machines someone owns run on their own ("their washing machine is thumping"); "its" still
#: makes a part ("the dryer and its fan").
_PERSONS = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?$")
_MACHINES = ("appliance", "fridge", "air conditioner", "fan", "printer", "machine", "lawnmower", "car",
             "motorbike", "truck")
# "엄마가 왼쪽 부엌에 있어. 그녀는 설거지를 하고 있어": a sentence that opens on a pronoun
# tells what the one named before does; its sound is that one's, no new source.
_KO_PRONOUN_OPENS = re.compile(r"[.;!?]\s*(?:그녀|그분|걔|그\s*사람|(?<![가-힣])그)(?:는|은|가)\s[^.;!?]*$")


def _pronoun_does(t: str, k: tuple[int, int, int]) -> bool:
    """Whether ``k`` is what a pronoun opening its sentence does (Korean); a radio that
    one switched on still plays on its own, and a clause after a comma that opens on a
    place of its own ("..., 오른쪽 창가에선 고양이 방울이") names something else."""
    m = _KO_PRONOUN_OPENS.search(t[:k[0]])
    return SOURCES[k[2]][0] not in PLAYS_ON_ITS_OWN and m is not None and not re.search(
        r",\s*[^,]*?(?:에선|에서는|에서)\s", m.group(0))


# An instrument played is its own source (:func:`_plays`); a thing handled is not.
_HANDLED = re.compile(r"\b(?:tapping|holding|dropping|using|clicking|twirling|spinning|shaking|"
                      r"flipping|turning|pushing|pulling|dragging|carrying|swinging|singing|sings|humming|hums|whistling|"
                      r"reads|reading|rustles|rustling|leafs through|leafing through)\s+"
                      r"(?:(?:a|an|the|his|her|their|some)\s+)?(?:\w+\s+)?$")


def _handled_by(t: str, k: tuple[int, int, int], kept) -> bool:
    """"a kid tapping a pencil": a thing in a named source's hands is that source's sound."""
    return bool(_HANDLED.search(t[max(0, k[0] - 30):k[0]])) and any(
        o[1] <= k[0] and not _CLAUSE_BREAK.search(t[o[1]:k[0]]) for o in kept)


def _compared(t: str, k: tuple[int, int, int]) -> bool:
    """"quieter than the guitar", "like a train", "천둥처럼", "(윗집 애들 뛰는 듯)": a name compared
    with or guessed at."""
    # "just birds ... and like a stream": a filler "like" compares nothing.
    return bool(re.search(r"\b(?:than|(?<!and )like|as|resembling|similar to)\s+"
                          r"(?:the |a |an |some )?(?:\w+\s+)?$",
                          t[max(0, k[0] - 20):k[0]])
                # "천둥같이" is like thunder; "마라카스 같이 흔들어" shakes them together.
                or re.match(r"\s*(?:처럼|같은|마냥|인가|인지|일까)|같이|\s+[가-힣]{2,3}\s*(?:처럼|같은|마냥)", t[k[1]:k[1] + 9])
                # "he's snoring beside me, my brother I mean": who a source already named is
                or re.match(r"\s*,?\s*i mean\b", t[k[1]:k[1] + 10])
                or re.search(r"\([^()]*$", t[max(0, k[0] - 20):k[0]]) and re.match(r"[^()]{0,12}(?:듯|것\s*같)", t[k[1]:]))


# "(we call him Goose)": a nickname, not a goose.
_NICKNAME = re.compile(r"\b(?:call|calls|called|nicknamed) (?:him|her|them) (?:the )?(?P<nick>[a-z][\w-]*)|"
                       r"\bwhom? (?:everyone|we|they|people|the \w+) calls? (?P<nick_whom>[a-z][\w-]*)|"
                       r"별명(?:은|이)?\s*(?P<nick_ko>[가-힣]{1,4}?)(?=ㅋ|이야|야|임|[\s,.])")
#: A nickname given in Korean: "일명 호랑이쌤", "다들 왕갈비라고 부르는 분", "(곰돌이쌤이라고 부름)".
_NICKNAME_KO = re.compile(r"일명\s*['\"‘“]?(?P<nick>[가-힣]{2,6}?)['\"’”]?(?=이\s|가\s|은|는|\s|,)|"
                          r"(?P<called>[가-힣]{2,6}?)['\"’”]?(?:이)?라고\s*(?:부르|불리|부름|불러)")
_NICKNAME_BEFORE = re.compile(r"\b(?:call|calls|called|name|named|nicknamed) (?:him|her|it|them)\s+(?:the\s+)?$")


def _after_nickname(t: str, at: int, nick: str) -> bool:
    """Whether the name at ``t[at:]`` is the nickname's own ("호랑이쌤 목소리") or follows it."""
    return t.startswith(nick, at) or bool(
        re.search(rf"(?<![가-힣]){re.escape(nick)}(?:의)?\s*$", t[max(0, at - 12):at]))


def _unquoted(t: str) -> str:
    """``t`` with clause punctuation blanked inside quotes ("트레이너가 '하나 더!' 외침") and
    around an aside that names the source before ("the dog, call him Biscuit, barks")."""
    # An apostrophe inside or after a word ("Rosie's dryer ..., Max's") opens no quote.
    t = re.sub(r"(?<!\w)'[^'\n]{1,40}'(?!\w)|\"[^\"\n]{1,60}\"|‘[^’]{1,60}’|“[^”]{1,60}”",
               lambda m: re.sub(r"[,;!?.]", " ", m.group(0)), t)
    return re.sub(r"[,(]\s*(?:we |i |they )?(?:all )?(?:call|called|name|named|nicknamed) (?:him|her|it|them) (?:the )?[\w-]+\s*[,)]",
                  lambda m: re.sub(r"[,()]", " ", m.group(0)), t)


_GAIT = re.compile(r"walk|run|stomp|march|stroll|shuffl")


def _idle_clause(t: str, k: tuple[int, int, int], kept) -> bool:
    """"the fire at arm's length, crackling;": a sound word whose clause states nothing,
    right after another source, is that source's sound."""
    from .reading import read

    earlier = [o for o in kept if o[1] <= k[0]]
    if not earlier:
        return False
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(t[:k[0]])]
    start = starts[-1] if starts else 0
    if not re.fullmatch(r"\s*(?:and\s+|then\s+|with\s+)?(?:still\s+|also\s+|again\s+|keeps?\s+)?",
                        t[start:k[0]]):
        return False                                     # "a teacup clinks" names its own
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(t, k[1])]
    clause = t[start:ends[0] if ends else len(t)]
    said = read(clause)
    # The sound word's own connotation ("slamming" is loud) places nothing.
    own = (k[0] - start, k[1] - start)
    stated = [s for s in said.statements.values() if not (s.span[0] <= own[1] and own[0] <= s.span[1])]
    # "heels clicking down the hallway, walking away": how the one before moves
    return not (stated or said.motion and not _GAIT.match(t, k[0]))


def _same_in_clause(t: str, kept):
    """One source for two names of one kind in one clause ("관중 ... 환호하는")."""
    out = []
    for k in kept:
        between = t[out[-1][1]:k[0]] if out else ""
        # "환호하고 박수침": one subject doing two things of one kind
        # "천둥이 왼쪽에서 우르릉 하더니 오른쪽 위에서 번개가": another name placed anew is another
        if out and SOURCES[out[-1][2]][0] == SOURCES[k[2]][0] and not (
                t[out[-1][0]:out[-1][1]] != t[k[0]:k[1]]
                and re.search(r"(?:더니|다가)\s+(?:\S+\s+){0,2}?\S*(?:에서|에선)\s", between)) and (re.fullmatch(
                r"\S*(?:하고|고|며|면서)\s+", between) or not _CLAUSE_BREAK.search(between) and
                not re.search(r"\band\b|\bor\b|와|과|랑|및|&|\+", between)):
            continue
        out.append(k)
    return out


# "합창해요", "노크하고": a Korean name made a verb says what the source before it does.
_KO_DOES = r"(?:해|하고|하는|한다|했|함)"


# Names that are also verbs in the third person: "rain drums on the roof", "wind moans",
# "... and thunders past"; plural nouns ("and seagulls over the water") are not.
_VERB_LIKE = re.compile(r"(?:thunder|rain|fl(?:ie|y)|whistle|drum|hammer|knock|slam|bang|buzze|tick|"
                        r"ring|crackle|drone|hum|howl|bark|purr|roar|honk|wind|drip|fire|saw|drill|"
                        r"whisper|crie|chirp|hoot|croak|rustle|gallop|chime|splashe|rattle|clatter|"
                        r"squeak|creak|beep|crashe|boom|rumble|blast|shoot|moan|groan|wail|sigh|"
                        r"shriek|scream|sing|hisse)s")


def _merge_compounds(t: str, kept):
    """One source for adjacent names ("car alarm", "차 문", "dog's water bowl"): the last;
    and no ensemble ("orchestra") where its members are named."""
    out = []
    for k in kept:
        if out and re.fullmatch(r"(?:'s|['’])?\s?['\"‘“]?(?:\w+\s)?", t[out[-1][1]:k[0]]) and \
                not re.search(r"\band\b|\bor\b|와|과|하고|랑|및|[가-힣](?:고|며|면서)\s$|(?<![가-힣])(?:하나|한\s*\S+)(?:은|는)\s$|"
                              r"(?:left|right|왼쪽|오른쪽|앞|뒤)\s?(?:에|에서|으로|로|쪽)\s$", t[out[-1][1]:k[0]]):
            # The last name is the head ("car alarm"), unless it is the verb ("sax player walking").
            first_heads = _WEAK.match(t[k[0]:k[1]]) or _VERB_LIKE.fullmatch(t[k[0]:k[1]]) or re.fullmatch(
                r"[a-z]+ing|(?:sniff|growl|snarl|cough|sneez|yawn|snor)\w*", t[k[0]:k[1]]) \
                or re.match(_KO_DOES, t[k[1]:k[1] + 3]) \
                or re.match(r"voices?\b", t[k[0]:k[1]]) and SOURCES[out[-1][2]][4] == "speech-like"
            out[-1] = (out[-1][0], k[1], out[-1][2] if first_heads else k[2])
            continue
        out.append(k)
    if sum(SOURCES[k[2]][0] in _INSTRUMENTS for k in out) >= 2:
        out = [k for k in out if not _ENSEMBLE.fullmatch(t[k[0]:k[1]])]
    return out


#: Verbs that leave a named sound out of the scene: "lose the TV", "replace the drill with ...".
#: A Korean sound word, a syllable or three said again: "삐걱삐걱", "통통통" (its first group).
DOUBLED_SOUND_KO = r"([가-힣]{1,3})\1+"
LEAVE_OUT = r"lose|drop(?!\s+an?\s)|scratch|kill|mute|remove|replace|swap out|get rid of|ignore|ditch|scrap|take out"
#: Korean degree words before a place by a thing: "드럼 살짝 뒤", "보컬 바로 왼쪽".
PLACE_DEGREE_KO = r"(?:(?:바로|살짝|조금|약간|좀|한참|훨씬)\s*)?"


_TAKE = re.compile(r"\b(?:take|took|taking|pull|leave|cut|rip)\s+(?:the |that |this |those )?(?:\w+ )?$")
_OUT = re.compile(r"(?:\s+\w+)?\s+out\b(?!\s+(?:of|from|into|onto|in|on|for|to)\b)")
_STOPPED_KO = re.compile(r"\s*(?:소리\s*)?(?:은|는|이|가|도)?\s*(?:다\s*|완전히\s*)?(?:잦아들었|그쳤|멎었)")


def _denied(t: str, k: tuple[int, int, int]) -> bool:
    """"it's not crickets, it's the smoke detector", "귀뚜라미가 아니라": a denied name;
    "drop the crowd down a lot" only lowers it."""
    if re.match(r"\s+(?:way |right |a (?:little )?bit |a lot |a touch )?(?:down|lower|back)\b|"
                r"\s+to\s+(?:barely|just|almost|nearly|half|a whisper|-?\d)|"
                # "drop the crying baby a few dB", "drop it 3 dB": lowered, not left out
                r"\s+(?:(?:a (?:few|couple(?: of)?)|-?\d+(?:\.\d+)?)\s*(?:db|decibels?|notches)|a (?:bit|little|touch|notch|tad))\b|"
                r"\s+by\s+(?:like |about |around |maybe |roughly )?(?:-?\d|half|a (?:third|quarter|bit|little|touch))", t[k[1]:]):
        return False
    return bool(re.search(rf"\b(?:not|no|{LEAVE_OUT}|removed|deleted|muted|ditched|scrapped|cut(?: out)? the|no more|(?<!n't )(?<!not )forget(?: about)?|skip|"
                          r"leave out|minus|without)\s+(?:the |a |an |some |any |all )?(?:\w+(?:'s|s')? )?$|(?:don'?t|do not|can'?t|cannot|"
                          r"no longer|never) (?:(?:want|need) to )?(?:hear|want|need|include|add|use|spatiali[sz]e|pan|render)\s+"
                          r"(?:the |a |an |any )?$",
                          t[max(0, k[0] - 26):k[0]])
                or re.match(r"\s*(?:(?:는|은|던)\s*)?(?:소리\s*|소음\s*)?(?:이|가|은|는)?\s*(?:아니|말고)|\s*(?:[가-힣]{2,4}\s+(?=소리|소음))?(?:[가-힣]{0,2}(?:는|은|던)\s+)?(?:[가-힣]{1,2}(?=소리))?(?:소리\s*|소음\s*)?(?:자체)?(?:[가-힣]?(?:는|은|도|만))?\s*(?:이제\s*|지금\s*|좀\s*)?(?:아예\s*|그냥\s*|싹\s*|다\s*|전부\s*|모두\s*)?(?:넣지\s*(?:마|말|않)|빼(?!지\s*(?:마|말))|없애(?!지\s*(?:마|말))|지워(?!지)|삭제)",
                        t[k[1]:k[1] + 18])
                or re.match(r"\s*(?:은|는|이|가)?\s*안\s*(?:치|쳐|나|났|들리|들렸|울리)", t[k[1]:k[1] + 10])
                or re.match(r"(?:\s+[a-z]+)?\s+(?:removed|deleted|cut|muted|gone)\b", t[k[1]:k[1] + 24])
                # "Take the TV out": left out of the mix
                or _TAKE.search(t[max(0, k[0] - 20):k[0]]) and _OUT.match(t[k[1]:k[1] + 20])
                # "손님들은 다 외출했어요": people who have gone out make no sound here
                or re.match(r"(?:들)?\s*(?:은|는|이|가|도)?\s*(?:다|모두|전부|싹)?\s*(?:외출|나갔|자리\s*비웠)",
                            t[k[1]:k[1] + 14])
                # "라디오는 끄고", "TV 꺼 줘": switched off
                or re.match(r"\s*(?:소리\s*)?(?:은|는|도|를|을)?\s*(?:아예\s*|그냥\s*|좀\s*)?(?:끄고|꺼\s*(?:줘|주세요|두고|놓고|져\s*있)|끈\s*상태)",
                            t[k[1]:k[1] + 14])
                # "바람이 잦아들었습니다": a sound that has stopped before the scene
                or _STOPPED_KO.match(t[k[1]:k[1] + 14])
                # "바람 하나 없는 조용한 밤": not even one
                or re.match(r"\s*(?:소리\s*)?(?:은|는|이|가|도)?\s*(?:하나|한\s*점|조차)\s*없", t[k[1]:k[1] + 12])
                # "차 소리 X", "에어컨 소리 NO", "차 소리는 일절 없고", "목소리는 절대 없게",
                # "차 소리 같은 건 하나도 없고",
                # "천둥은 치지 말고": left out of the scene
                or re.match(r"\s*(?:소리\s*|소음\s*)?(?:같은\s*(?:건|거|것은)\s*)?(?:은|는|이|가|도)?\s*(?:(?:x|no)(?![a-z])|(?:일절|전혀|아예|하나도)\s*없|"
                            r"(?:절대\s*)?(?:없게|없도록|없어야|없이)|(?!(?:빼|없애|지우|줄이|끄|잊)지)[가-힣]{1,3}지\s*(?:말고|말아|마(?![가-힣])|마세요|않게|않도록))",
                            t[k[1]:k[1] + 14])
                # "아이들 웅성거림은 현장 소음으로 충분하니 추가 X": not to be added
                or re.match(r"[^.,;!?]{0,34}?(?:추가\s*(?:x(?![a-z])|안\s*(?:함|해)|하지\s*(?:마|말))|"
                            r"(?:넣을|추가할)\s*필요\s*(?:없|x))", t[k[1]:k[1] + 48])
                # "시계 소리도, 바람 소리도 없어요": each of a list said to be absent
                or re.match(r"\s*(?:소리\s*|소음\s*)?도[,\s]+(?:[가-힣]+\s*)?(?:소리\s*|소음\s*)?도\s*없(?!어지)|"
                            r"\s*(?:소리\s*|소음\s*)?도\s*없(?!어지)", t[k[1]:k[1] + 20]))


_THROUGH = re.compile(r"\s+(?:through|past|across|overhead|away|off)\b")


def _is_verb(t: str, k: tuple[int, int, int]) -> bool:
    """'... and thunders past', 'then it flies low': a source name used as a verb."""
    word = t[k[0]:k[1]]
    if word == "steps" and re.search(r"\b(?:a|an|the)\s+\w+\s+$", t[max(0, k[0] - 20):k[0]]) and re.match(
            r"\s+(?:through|over|on|onto|into|out|across|closer|forward|back|off|in)\b", t[k[1]:]):
        return True                          # "a deer steps through the leaves"
    if re.fullmatch(r"wheel(?:s|ing)?", word) and re.match(r"\s+(?:overhead|above|around|over|high|about|in circles)",
                                                         t[k[1]:]):
        return True                          # "gulls wheel overhead"
    if word.endswith("s") and re.search(r"\b(?:it|that|which|who|he|she|they|then)\s+$",
                                        t[max(0, k[0] - 8):k[0]]):
        return True
    if re.match(r"\s+(?:it|them)\s+(?:round|around|over|back|across|to|left|right|behind|up|down)\b", t[k[1]:]):
        return True                          # "swing it round behind us": what is done to a source
    if _VERB_LIKE.fullmatch(word) and re.search(r"\bto\s+$", t[max(0, k[0] - 4):k[0]]):
        return True                          # "the kettle, starting to whistle"
    if _VERB_LIKE.fullmatch(word) and t[max(0, k[0] - 3):k[0]].rstrip().endswith(",") \
            and _THROUGH.match(t, k[1]):
        return True                          # "Drone launches ..., screams through the arch"
    return bool(_VERB_LIKE.fullmatch(word) and re.search(r"\band\s+$|\b\w+ly\s+$", t[max(0, k[0] - 14):k[0]])
                and re.match(r"\s+(?:past|by|away|off|over|across|through|down|up|around|along|"
                             r"behind|in|out|on)\b", t[k[1]:]))


def _is_location(t: str, k: tuple[int, int, int]) -> bool:
    """Whether a name stands where a place does, with a source named in its clause, or is
    what the listener looks at ("바다 보는 중")."""
    before, after = t[max(0, k[0] - 30):k[0]], t[k[1]:k[1] + 12]
    # "TV 기준 왼쪽": what a side is taken from
    if re.match(r"\s*(?:을|를)?\s*기준", after):
        return True
    if re.match(r"[가-힣]", t[k[0]:k[1]]):
        if re.match(r"\s*(?:을|를)?\s*(?:보는|보고|보면서|바라보|구경)", after):
            return True
        # "베이스는 드럼 바로 왼쪽": after another subject, a name with a side is a landmark.
        landmark = re.search(r"[가-힣]+(?:은|는|이|가)\s+$", before) and re.match(
            rf"\s*{PLACE_DEGREE_KO}(?:왼쪽|오른쪽|앞|뒤|옆|위|밑|아래)(?!잉)", after)
        # "캠프파이어 앞.": a heading that sets the scene by a thing
        heading = not t[:k[0]].strip() and re.match(r"\s*(?:앞|뒤|옆|근처)(?=\s*[.,]|$)", after)
        if re.match(r"\s*(?:으로|로)\s*(?:바꿔|바꾸|바뀌|교체|변경|대체|가득|꽉)", after):
            return False                     # "까마귀로 바꿔서", "빗소리로 가득": what it becomes, what fills
        return bool(landmark or heading) or bool(re.match(r"(?:\s*(?:뒤|앞|옆|위|밑|쪽))?\s*(?:에|으로|로)(?=[\s,.]|$)|"
                                               r"\s*(?:뒤|앞|옆|위|밑|쪽)\s*까지(?=[\s,.]|$)|"
                                               # "벽난로까지 깔깔 웃으며 뛰어감": where a route ends
                                               r"\s*까지\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:뛰어|걸어|달려|날아|기어|굴러|헤엄|이동|다가|옮겨)|"
                                               # "세탁실 문 뒤 (내 오른편)": behind it, where another sounds
                                               r"\s*(?:뒤|너머|건너)(?=\s*[(]|\s*$)|"
                                               r"\s*(?:지붕|벽|창문|앞유리|바닥|천장)\s*(?:위|아래|밑|안)?\s*(?:에서|에|으로|로)(?=[\s,.]|$)|"
                                               r"\s*(?:(?:객차|객실|칸|차량)\s*)?(?:안|속)(?=[\s,.:]|$|이|에|인)|\s*문?\s*(?:바로\s*)?(?:밖|바깥)(?=[\s,.]|$|에|으로)|\s*(?:있는\s*)?쪽(?=[\s,.(])|"
                                               r"\s*(?:집|방|댁|가게)\s*(?:에|에서|으로)|"
                                               r"\s*(?:맨\s*)?(?:뒷자리|앞자리|창가\s*자리|좌석|안쪽\s*자리)\s*(?:에|에서)|"
                                               # "폭풍우 오두막.": a name that qualifies a place in a title
                                               r"\S*\s+(?:오두막|마을|섬|숲|해변|항구|거리|골목|성|숙소)(?=\s*[.,:]|$)|"
                                               r"\s*(?:대기실|휴게실|라운지)(?=\s*[.,:—–-]|$)", after))
    if re.search(r"\bthe\s+$", before) and re.match(r"\s+one\b", after):
        return True                          # "the fridge one is just static": a member by its place
    # "on my right phone ringing", "in the background pigeons scatter": a side or a plane
    # ends the place phrase, the name after it is the source.
    # "no reverb on the kick": a setting on a track names the track. "bring in the fireworks"
    # brings a source in; "Mia's on keys" plays it.
    played = SOURCES[k[2]][0] in _PLAYED_ON and re.search(
        r"(?:'s|\bis|\bare|'re|\bwas|\bwith \w+)\s+on\s+$", before)
    # "the other on the floor right next to the door": a landmark, unless it sounds itself
    # ("next to the radio murmuring on the shelf")
    if re.search(r"\b(?:next|close) to (?:the |a |my )?$", before) and not re.match(r"\s+\w+ing\b", t[k[1]:]):
        return True
    if re.search(r"\b(?:i|we|you) (?:face|am facing|'m facing|are facing|'re facing|look at|am looking at|"
                 r"'m looking at) (?:the |a |my )?$", before):
        return True                          # "I face the lamp, north": what the listener faces
    # "birds outside and wind in the trees": a new name after "and" is no place's; a verb
    # there goes on about the one before ("trots over and sniffs at my ankles")
    joined = re.search(r"\b(?:and|or|while|but)\s+$", before) and not re.fullmatch(
        r"[a-z]+(?:s|ed)", t[k[0]:k[1]])
    return bool(_LOCATION_BEFORE.search(before)) and not played and not joined and not re.search(
        r"\b(?:bring|brings|bringing|fade|fades|fading|mix|cut|drop|add|ease|sneak|slide)\s+in\s+"
        r"(?:the |a |an |some )?(?:\w+\s+)?$|"
        # "Go on the doorbell", "standby on the thunder": a cue called, not a place
        r"\b(?:go|stand ?by)\s+(?:on|for)\s+(?:the\s+)?(?:\w+\s+)?$|"
        # "the rumble of the bus" names the bus; "at the back of the bus" does not
        r"(?<!\bback )(?<!\bfront )(?<!\bend )(?<!\btop )(?<!\brear )(?<!\bside )(?<!\bmiddle )"
        r"\b(?:of|to)\s+\S*\s*$|\b(?:left|right|side|background|foreground|distance)\s+$|"
        r"\b(?:reverb|verb|delay|echo|compression|eq|width|spread|gain|volume|panning|automation)"
        r"\s+(?:on|for)\s+(?:the\s+)?$", before)


def _is_origin(t: str, k: tuple[int, int, int]) -> bool:
    """"스피커에서 안내방송", "라디오에서 가요": where a sound comes from, which is the
    source itself unless its clause names another."""
    return bool(re.match(r"[가-힣]", t[k[0]:k[1]])) and bool(
        re.match(r"(?:\s*(?:뒤|앞|옆|위|밑|안|쪽))?\s*(?:에서(?=[\s,.]|$|는|도)|에선(?=[\s,.]|$))", t[k[1]:k[1] + 8]))


def names_a_source(t: str) -> bool:
    """Whether lower-cased ``t`` names a source of :data:`SOURCES`."""
    return bool(_lexicon_mentions(t))


#: Words that open a description by naming its writer: "Grandma here, love.", "Grandma's
#: memo:", "it's your dad here".
_SPEAKER_INTRO = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\b[^.!?]{0,24}?[,.!]\s*)?(?:it'?s\s+)?(?:your\s+)?"
    r"(?:grandma|grandpa|granny|nana|mum|mom|dad|auntie|aunt|uncle)\s+here\b|"
    r"^\W*[\w'’ ]{1,24}?['’]s\s+(?:(?:voice\s+)?memo|notes?|message|brief|request|mix notes)\s*[:,.\-–—]", re.I)


#: Words that name someone speaking, or speech itself.
_SPEAKING = re.compile(
    r"voice|talk|speak|say|announce|kid|child|man|woman|fella|folk|lads?\b|bloke|lad(?:y|ies)|gent|"
    r"사람|목소리|말|음성|방송|꼬마|아이|엄마|아빠|이모|고모|삼촌|할머니|할아버지|언니|오빠|누나|친구|선생님|아저씨|아줌마")


def stand_in_sound(label: str) -> str:
    """The stand-in sound for a source named outside the lexicon: speech for a person or
    a voice, else a noise burst."""
    return "speech-like" if _SPEAKING.search(label) else "noise-burst"


_VOCAL_SOUND = re.compile(r"허밍|콧노래|노래|humm?ing|hums?|sing(?:s|ing)?")
_DOOR_GONE_TO = re.compile(r"\b(?:to|toward|towards|through|into|out) the (?:[a-z]+ )?doors?$")


def find_mentions(text: str) -> list[Mention]:
    """Every source named in ``text``, in order; "two violins" yields two mentions.

    Sources come from :data:`SOURCES`; a clause that names none of them gives its
    subject (:mod:`t2sa_lib.language.subjects`) as a source of its own.
    """
    t = _unquoted(text.lower())
    kept = _lexicon_mentions(t)
    found = []
    for s, e, i in kept:
        en, ko, sound = SOURCES[i][0], SOURCES[i][1], SOURCES[i][4]
        kind = en
        if en in _SURFACE_LABEL:
            words = text[s:e].split()
            if len(words) > 1 and _WEAK.match(words[-1].lower()):
                words = words[:-1]           # "에스프레소 머신 스팀": the machine's own sound
                while len(words) > 1 and words[-1].lower() in ("is", "are", "was", "were", "keeps"):
                    words = words[:-1]       # "washing machine is thumping"
            en = ko = re.sub(r"(?<=[가-힣])(?:이|가|은|는|도)$", "", " ".join(words))
        found.append((s, e, en, ko, sound, kind))
    found = _member_calls(t, found)
    # "일명 '불도저'": a word inside a nickname names the person who bears it
    nicknames_ko = list(_NICKNAME_KO.finditer(t))
    nicks = [m.span(g) for m in nicknames_ko for g in ("nick", "called") if m.group(g)]
    found = [next(((a, b, text[a:b], text[a:b], "speech-like", "voice") for a, b in nicks if a <= f[0] < b), f)
             for f in found]
    # "two guys arguing about football": what they talk about
    found = [f for f in found if not re.search(r"\b(?:argu\w*|talk\w*|chat\w*|gossip\w*|complain\w*|bicker\w*)\s+"
                                               r"about\s+(?:the |a |his |her |their )?$", t[max(0, f[0] - 30):f[0]])]
    # "... and shifts to the door behind the players": a door gone to is a place
    found = [f for f in found if not (f[5] == "door" and _DOOR_GONE_TO.search(t[max(0, f[0] - 30):f[1]]))]
    # "합창단 스무 명이 … 허밍": what a group named before sings, in the same clause
    found = [f for i, f in enumerate(found) if not (
        i and f[5] == "voice" and found[i - 1][5] in ("choir", "crowd", "children")
        and _VOCAL_SOUND.fullmatch(t[f[0]:f[1]]) and not re.search(r"[,.;:!?]", t[found[i - 1][1]:f[0]]))]
    # "애들 몇 명 책장 넘기는 소리", "친구가 라면 후루룩": people named by what they do,
    # which is the source
    found = [f for i, f in enumerate(found) if not (
        i + 1 < len(found) and f[5] in ("children", "crowd", "voice") and is_korean(t[f[0]:f[1]])
        and found[i + 1][4] != "speech-like" and re.fullmatch(
            r"\s*(?:들)?(?:이|가|은|는)?\s*(?:몇\s*명|(?:두|세|네)\s*명|둘|셋|넷)?(?:이|가)?\s*"
            r"(?:(?![가-힣]*(?:에서|에|쪽|뒤|앞|옆|고|며|서|데|만|다)\s)[가-힣]{1,4}\s+)?", t[f[1]:found[i + 1][0]]))]
    for s, e, label in clause_subjects(text, [(k[0], k[1]) for k in kept], names_a_source):
        if _talks_with_next_ko(t, e) or is_korean(label) and (_denied(t, (s, e, -1)) or "기준" in t[s:e + 4]
                                                              or label.startswith("번째")) \
                or re.search(rf"\b(?:{LEAVE_OUT})\s+(?:the |a |an )?{re.escape(label.split()[0])}\b", t):
            continue          # "pls replace the drill with birdsong": left out wherever named
        found.append((s, e, label, label, stand_in_sound(label), label))
    # "the players call him the Owl", "별명 돼지": the nickname names that person again later.
    nick = [m for m in _NICKNAME.finditer(t)]
    found = [f for f in found if not any(f[0] >= m.start() and re.sub(r"[이가은는]$", "", t[f[0]:f[1]])
                                         == (m["nick"] or m["nick_whom"] or m["nick_ko"]) for m in nick)]
    # "일명 호랑이쌤이 ... 부르심. 호랑이쌤 목소리": the voice of the one the nickname named
    for m in nicknames_ko:
        found = [f for f in found if not (f[0] > m.end() and f[4] == "speech-like"
                                          and _after_nickname(t, f[0], m["nick"] or m["called"]))]
    people, absorbed = named_people(text, [(f[0], f[1], f[2], f[4]) for f in found])
    found, pairs, paired = _pairs_told_apart(text, found)
    people, absorbed = people + pairs, absorbed | paired
    found = [f for i, f in enumerate(found) if i not in absorbed] + [
        (s, e, name, name, "speech-like", "voice") for s, e, name in people]
    # Joined to a named thing, not to a person or a subject ("민재랑 서연이": names, read above).
    things = [k[:2] for k in kept if SOURCES[k[2]][4] != "speech-like"]
    found += [(s, e, label, label, "noise-burst", label) for s, e, label in coordinated(
        text, things, [f[:2] for f in found], names_a_source)]
    found = _said_again(text, t, sorted(found))
    out = [Mention(en, ko, sound, s, e, kind) for s, e, en, ko, sound, kind in found
           for _ in range(_how_many(t, s, e, en, sound))]
    return _second_ones(t, out)


def _pairs_told_apart(text: str, found: list[tuple]) -> tuple[list[tuple], list[tuple], set[int]]:
    """Korean pairs of people who talk and are told apart (:func:`.names.talking_pairs_ko`):
    ``found`` with a later naming of either made that person, the two people
    ``(start, end, name)``, and the indices of ``found`` their talk absorbs."""
    people, absorbed = [], set()
    for (lo, hi), pair in talking_pairs_ko(text, names_a_source):
        # "민혁이랑 소희가 ... 티격태격하는 소리": the talk is theirs, whatever else named it
        absorbed.update(i for i, f in enumerate(found) if lo <= f[0] < hi and (
            f[4] == "speech-like" or f[5] in ("crowd", f[2])))
        people += pair
        # "..., 지훈이는 왼쪽", "수영이 목소리가 훨씬 커": a member named again is that person
        names = {name for _, _, name in pair}
        again = [m.end() for name in names for m in [named_again_ko(text, name, hi)] if m]
        absorbed.update(i for i, f in enumerate(found) if f[5] == "voice" and any(
            re.fullmatch(r"\s*(?:씨\s*)?(?:의\s*)?", text[e:f[0]]) for e in again))
        found = [(*f[:4], "speech-like", "voice") if f[5] == f[2] and given_name_ko(f[2]) in names else f
                 for f in found]
    return found, people, absorbed


_CARRIED_THINGS = re.compile(r"(?:keys|wheels|tags?|collar|bell|heels|shoes|boots|slippers|hooves|cane|claws|paws|"
                             r"tyres|tires|skates|armou?r|spurs|brakes|chains?|umbrella|leash|lead|bags?|"
                             # what a mover treads on sounds where it goes ("leaves crunching under it")
                             r"leaves|gravel|twigs|snow)\b")
_CARRIED_AFTER = re.compile(r"[,—–-]\s*(?:and\s+)?(?:(?:his|her|its|their|the)\s+)?(?:\w+\s+)?$")
_OWN_PLACE = re.compile(r"\b(?:left|right|front|ahead|behind|above|below|overhead|beside|next to|alongside|away|"
                        r"far|close|by the|near|beneath|underneath|under(?! (?:it|him|her|them)\b))\b")


def _carried(t: str, span: tuple[int, int], before: tuple[int, int]) -> bool:
    """"Ana walks ... to the hallway, keys jingling": a thing someone or something named
    just before carries, sounding as it moves with no place of its own, is theirs."""
    noun = _CARRIED_THINGS.match(t, span[0], span[1])
    rest = re.match(r"[^,.;!?]*", t[noun.end():]).group(0) if noun else ""
    return bool(re.match(r"\s+\w+ing\b", rest) and _CARRIED_AFTER.search(t[max(0, span[0] - 24):span[0]])
                and not _OWN_PLACE.search(rest) and not re.search(r"[.;!?]", t[before[1]:span[0]]))


def _said_again(text: str, t: str, found: list[tuple]) -> list[tuple]:
    """``found`` (sorted) without names that repeat or describe a source named before:
    an aside, a likeness, a collar's tags, a pronoun's voice, the writer's own name."""
    # "Big Mike - that's my uncle Michael - snoring": an aside names the same person again.
    asides = [m.span() for m in _ASIDE.finditer(t)]
    # "사람들 웅성웅성, 한 30명쯤 되는 군중 느낌": what the sound before is like, not another.
    # "Biscuit zooms ..., collar tags jingling": the tags of the one named before
    found = [f for i, f in enumerate(found) if not (i and re.search(r"\b(?:collar|dog|name) (?:tags?\s*)?$|\btags?\s*$",
                                                                 t[max(0, f[0] - 12):f[0]]))]
    found = [f for i, f in enumerate(found) if not (i and _carried(t, f[:2], found[i - 1][:2]))]
    found = [f for i, f in enumerate(found) if not any(a <= f[0] < b for a, b in asides) and not (
        i and found[i - 1][5] == f[5] and re.match(r"\s*(?:같은\s*)?(?:느낌|분위기)", t[f[1]:f[1] + 8]))]
    # "그네는 왼쪽, 시소는 오른쪽이고 둘 다 삐걱삐걱": what both named before sound like;
    # "앵커 멘트 전에": a time, not a source
    found = [f for f in found if not re.search(r"(?:둘|셋|모두|다)\s*다?\s*$|\bboth(?: of them)?\s+$",
                                               t[max(0, f[0] - 6):f[0]]) or not re.fullmatch(
        DOUBLED_SOUND_KO, t[f[0]:f[1]])]
    found = [f for f in found if not re.match(r"\s*(?:이|가)?\s*전에\b", t[f[1]:f[1] + 6])]
    # "Jamie and Noor ... at the foot of my bed, whispering,": how the people before sound
    found = [f for i, f in enumerate(found) if not (
        i and f[4] == found[i - 1][4] == "speech-like" and _WEAK.match(t[f[0]:f[1]])
        and _idle_clause(t, f[:2], found[:i]))]
    intro = _SPEAKER_INTRO.match(text)
    if intro:                   # "Grandma here, love.": who writes, not what sounds
        found = [f for f in found if f[0] >= intro.end()]
    # "그 코치", "the same person": a demonstrative points back at a source already named.
    # "a choirboy sings ..., his voice washing": the voice of the one named before.
    found = [f for i, f in enumerate(found)
             if not (i and re.search(r"(?<![가-힣])그\s+$|\bthe same\s+$", t[max(0, f[0] - 9):f[0]]))
             and not (i and (_voice_of_named(t, found, i) or _to_oneself(t, found, i)
                             or _pronoun_voice(t, found, i) or _voice_of_korean_name(t, found, i)
                             or _pronoun_voice_ko(t, found, i)))]
    return found


def _how_many(t: str, s: int, e: int, label: str, sound: str) -> int:
    """How many sources the name at ``t[s:e]`` stands for: "two violins" two, "three slow
    knocks" and "two coworkers argue" one (a knocking, a conversation), "torches on both
    walls" and "one fan ..., the other on the floor" two."""
    word = t[s:e]
    # "two extras arguing - one close, the other far off": placed apart, two sources.
    after = re.split(r"[.;]", t[e:e + 160])[0]
    apart = EACH_SIDE.search(after) or re.search(
        r"\b(?:one|the first)\b.*\b(?:the other|another|the second|one)\b|"
        r"\bhe(?:'s| is)\b.*\bshe(?:'s| is)\b|\bshe(?:'s| is)\b.*\bhe(?:'s| is)\b", after) or re.search(
        r"(?:하나|한\s*(?:명|마리|놈|대))(?:은|는)[^.]*[.\s]*(?:다른|(?:하나|한\s*(?:명|마리|놈|대))(?:은|는))", t[e:e + 160])   # "두 사람이 말다툼 중. 한 명은 ..., 다른 ..."
    conversation = re.search(r"수다|대화|소곤|속닥|수군|같이|함께|chat\w*|conversation|people", word)
    plural_sound = _WEAK.match(word) and word.endswith("s") and not word.endswith("ings")
    together = sound == "speech-like" and re.match(
        r"\s*(?:\S+\s+){0,2}(?:argu|chat|talk|convers|gossip|discuss|bicker|laugh|giggl|jump|play|cheer|"
        r"whisper|murmur|mutter|splash|수다|대화|떠들|얘기|싸우|싸움|다투|말다툼|언성|웃|깔깔|킥킥|소곤|속닥|수군|뛰어\s*놀|놀)", t[e:e + 24]) or re.search(
        r"\s(?:laugh|giggl)", word) or re.match(
        r"[^,]{0,30}\b(?:together|all at once|in unison|at the same time)\b|[^,]{0,12}(?:같이|함께)", after) or re.match(
        r"\s*(?:\S+\s+)?(?:squabbl|quarrel|scuffl|tussl)", t[e:e + 24])   # "Two seagulls squabbling": one fight
    if conversation and _TOLD_AS_TWO.search(t[e:e + 80]) and _PAIR_BEFORE.search(t[max(0, s - 60):s]):
        return 2                  # "유나와 태오가 ... 대화합니다. 둘 다 가까이요": two people, each placed
    if not apart and (conversation or plural_sound or together or label == "children"):
        return 1
    count = _count_before(t, s, e)
    # "two people arguing ..., one near the window, the other ...": counted in the name itself
    inner = _COUNT_WORD.match(word)
    if count == 1 and inner and apart:
        count = _EN_COUNTS[inner.group(1)]
    # "chimps hooting - one close on the right, the other far back": a plural told apart
    plural_apart = any(re.fullmatch(r"[a-z]+[^s\W]s", w) for w in word.split()) and re.search(r"\bone\b[^.;]*\bthe other\b", after)
    # "두 명이 ... 수다 중. 한 명은 왼쪽 뒤, 한 명은 오른쪽 뒤": counted before, told apart after
    counted_ko = apart and re.search(r"(?:두|세|네)\s*(?:명|마리|대|개)", t[max(0, s - 24):s])
    if count == 1 and (_on_both_sides(t, s, e) or plural_apart or counted_ko or re.search(r"\bone\s+(?:[a-z]+\s+)?$", t[max(0, s - 16):s])
                       and _THE_OTHER_ALONE.search(after)):
        return 2
    return count


_COUNT_WORD = re.compile(r"(two|three|four|a pair of|a couple of)\s")
#: Words that go on to speak of two people in one conversation as two.
_TOLD_AS_TWO = re.compile(r"둘\s*다|둘\s*(?:의\s*)?목소리|두\s*사람\s*(?:다|모두)|\bboth\b")
#: Two people named before a conversation: "유나와 태오가", "하윤-도현", "(상인/용병)", "2명".
_PAIR_BEFORE = re.compile(rf"(?:[가-힣A-Za-z]+\s*(?:{_KO_JOIN}|[-/])\s*[가-힣A-Za-z]+(?:이|가|는|은|\))?"
                          r"|(?<![\d])2\s*명|두\s*(?:명|사람))\s*(?:[^\s.]+\s+){0,6}$")
#: "the other" with no noun of its own: another of the thing just named.
_THE_OTHER_ALONE = re.compile(r"\bthe other(?: one)?(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|by|near|under|over|up|down|"
                              r"behind|to|from|is|was|sits?|hangs?|right|just|far|way|[a-z]+ing)\b)")
#: Labels of sources that are people though their stand-in sound is no speech.
_PEOPLE = r"wom[ae]n|\bm[ae]n\b|people|kids|children|girls?|boys?|couple|friends|choir"


def _voice_of_named(t: str, found: list[tuple], i: int) -> bool:
    """Whether mention ``i`` is the voice of a source named before it: "a choirboy sings
    ..., his voice washing", "Two women chatting ..., low voices"."""
    s, e = found[i][:2]
    if not re.match(r"voices?\b", t[s:e]):
        return False
    if re.search(r"\b(?:his|her|their|its)\s+$", t[max(0, s - 7):s]):
        # "Hannah's oil bottles clink ... Her voice is soft": only a person who sounds has it
        return any(f[4] == "speech-like" or re.search(_PEOPLE, f[2]) for f in found[:i])
    sentence = max((m.end() for m in re.finditer(r"[.;!?]", t[:s])), default=0)
    return bool(re.search(r",\s*(?:low|quiet|hushed|soft|loud|raised|muffled|angry|excited|deep|"
                          r"gentle|whispered)\s+$", t[max(0, s - 12):s])) and any(
        sentence <= f[0] < s and (f[4] == "speech-like" or re.search(_PEOPLE, f[2])) for f in found[:i])


def _voice_of_korean_name(t: str, found: list[tuple], i: int) -> bool:
    """Whether mention ``i`` is a voice of the person named just before it in its clause:
    "제 왼쪽 소희는 마시멜로 굽다가 비명을"."""
    s, e = found[i][:2]
    name = found[i - 1]
    return bool(re.match(r"비명|웃음|목소리|콧노래|노랫소리", t[s:e]) and name[5] in ("voice", name[2])
                and re.fullmatch(r"[가-힣]{2,3}", name[2]) and re.fullmatch(
                    r"(?:이)?(?:는|은|가|이)\s+[^,.;!?\s][^,.;!?]{0,24}", t[name[1]:s])
                and "는데" not in t[name[1]:s])     # "... 티격태격하는데 수영이 목소리": another clause


def _pronoun_voice(t: str, found: list[tuple], i: int) -> bool:
    """Whether mention ``i`` is a voiced sound whose subject is "he" or "she", someone
    who speaks named before ("Dana walks in ... She's whistling", "Later he sits next to
    me, still coughing")."""
    s, e = found[i][:2]
    sentence = t[max((m.end() for m in _SENTENCE_END.finditer(t[:s])), default=0):s]
    return bool(_VOICED_SOUND.match(t[s:e])
                and (_PRONOUN_DOES.search(t[max(0, s - 32):s])
                     or _PRONOUN_OPENS.match(sentence) and _STILL_DOING.search(sentence))
                and any(f[4] == "speech-like" for f in found[:i]))


_SENTENCE_END = re.compile(r"[.;!?]")
_VOICED_SOUND = re.compile(r"whistl|hum|sing|laugh|giggl|chuckl|cr(?:y|ies|ied)|sob|cough|sneez|sigh|yawn|shush|"
                           r"shout|yell|holler|mutter|mumbl|grumbl|talk|speak|chatt|whisper|murmur")
# "she starts whistling", "she gets up and keeps talking"
_PRONOUN_DOES = re.compile(r"\b(?:he|she)(?:'s| is| was)?\s+(?:[a-z]+\s+(?:up\s+|down\s+|over\s+|back\s+)?and\s+)?"
                           r"(?:(?:starts?|keeps?|begins?|goes|went)\s+)?$")
_PRONOUN_OPENS = re.compile(r"\s*(?:\w+,?\s+)?(?:he|she)\b")
_STILL_DOING = re.compile(r",\s*(?:still\s+|also\s+)?$|\band (?:starts?|begins?|keeps?|goes back to) $")


#: Korean words for the people just named: "둘", "두 사람", "걔네".
_THOSE_KO = re.compile(r"(?<![가-힣])(?:그\s*)?(?:둘|셋|두\s*(?:사람|분)|세\s*(?:사람|분)|그들|걔네|걔들)의?\s*$")


def _pronoun_voice_ko(t: str, found: list[tuple], i: int) -> bool:
    """Whether mention ``i`` is a voiced sound whose subject is a Korean pronoun for a
    person named before ("걔가 앞으로 와서 박수를 쳐", "그녀의 웃음", "그냥 둘 목소리")."""
    s, e = found[i][:2]
    before = re.split(r"[,.;]", t[max(0, s - 40):s])[-1]
    return bool(re.match(r"목소리|콧노래|노랫소리|웃음|박수|휘파람|비명", t[s:e]) and (re.search(
        r"(?<![가-힣])(?:그녀|그|걔|그\s*사람|그분)(?:의?\s*|(?:가|이|는|은)\s+(?:[^,.;]*\s)?)$", before)
        or found[i - 1][4] == "speech-like" and _THOSE_KO.search(before)))


_FOOTFALL = re.compile(r"\b(?:squeak|click|clack|slap|patter|thud|scuff|tap)\w*")


def _to_oneself(t: str, found: list[tuple], i: int) -> bool:
    """Whether mention ``i`` is what a person named before in its sentence does "to
    herself" ("Priya walks in ... and starts humming to herself") or their body's sound
    ("Yuki spins around them - her sneakers squeak")."""
    s, e = found[i][:2]
    # "A child runs ..., sneakers squeaking on the parquet": a bare footfall after a comma
    body = found[i][5] in ("footsteps", "breathing", "cough") and _PERSONS.search(t[max(0, s - 16):s]) \
        or found[i][5] == "footsteps" and t[max(0, s - 3):s].rstrip().endswith(",") and _FOOTFALL.search(t[s:e + 16])
    if not (body or re.match(r"\s+to (?:herself|himself|themselves|themself)\b", t[e:])):
        return False
    sentence = max((m.end() for m in re.finditer(r"[.;!?]", t[:s])), default=0)
    return any(sentence <= f[0] < s and f[4] == "speech-like" for f in found[:i])


# "a singing bowl rings ..., and a second one answers from behind": another of the thing
# just named, with no noun of its own.
_SECOND_ONE = re.compile(r"\b(?:a second|another|one more)\s+(one)\b|\b(another)(?=\s+[a-z]+(?:s|ed)\b|"
                         r",?\s+(?:in|on|at|by|up|down|over|under|behind|near|outside|inside|far|right|just)\b)|"
                         r"(또\s*(?:하나|한\s*(?:마리|명|대|개|놈)))(?=\s*(?:가|는|도|이)?(?:[\s,.]|$))")


# "first guy's footsteps upstairs, the second one in the basement, the third breathing":
# the n-th of the thing named first, where no noun of its own follows.
NTH_ONE = re.compile(r"\bthe (second|third|fourth)(?: one\b|(?=\s+(?:is|was|just|sits|stands|"
                     r"comes|goes|starts|keeps)\b|'s\b|\s*,))|(?<![가-힣])(두|세|네)\s*번째"
                     r"(?:\s*(?:거|것|사람|애|놈|녀석))?(?=\s*(?:는|가|도|이)?[\s,.])"
                     # "두 번째 울릴 땐": the second time it sounds, not a second one
                     r"(?!\s*\S+\s*(?:땐|때|때는|때엔)(?![가-힣]))")
_NTH = {"second": 2, "third": 3, "fourth": 4, "두": 2, "세": 3, "네": 4}


def _second_ones(t: str, out: list[Mention]) -> list[Mention]:
    """``out`` with a mention added for each "a second one" after a thing named once, and
    for "the second one", "the third" after fewer of the thing than that."""
    found = [(m, 1, next(i for i in (1, 2, 3) if m.group(i))) for m in _SECOND_ONE.finditer(t)]
    found += [(m, _NTH[m.group(m.lastindex)] - 1, 0) for m in NTH_ONE.finditer(t)]
    for m, named, g in sorted(found, key=lambda f: f[0].start()):
        before = [k for k in out if k.end <= m.start()]
        if not before or any(m.end() <= k.start < m.end() + 16 for k in out):
            continue                  # nothing named before, or a noun follows ("another dog")
        last = before[-1]
        if sum(k.kind == last.kind for k in out) == named:
            out = sorted(out + [Mention(last.label_en, last.label_ko, last.sound, m.start(g),
                                        m.end(g), last.kind)], key=lambda k: k.start)
    return out
