<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccountModel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/accounts.py" line="+58" />
        <source>Login</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Can sign in</source>
        <translation>로그인 허용</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last sign-in</source>
        <translation>마지막 로그인</translation>
    </message>
    <message>
        <location line="+11" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location line="+97" />
        <location line="+82" />
        <location line="+51" />
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <location line="-79" />
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>두 PIN이 다릅니다. 같은 PIN을 두 번 입력하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A new account needs a PIN or password.</source>
        <translation>새 계정에는 PIN이나 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This fair has no booth yet; add booths in Setup.</source>
        <translation>이 박람회에는 아직 부스가 없습니다. 박람회 설정에서 부스를 추가하세요.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>New account</source>
        <translation>새 계정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;PIN or password:</source>
        <translation>PIN 또는 비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New &amp;PIN (empty: keep):</source>
        <translation>새 PIN(&amp;P, 비우면 그대로):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every station asks for a sign-in. Organizers may do everything; the desk registers and checks in seekers; a booth account records interviews for its own booth and sees only what seekers agreed to share with employers.</source>
        <translation>모든 스테이션에서 로그인해야 합니다. 운영본부는 모든 일을 할 수 있고, 접수처는 구직자를 등록하고 입장 처리하며, 부스 계정은 자기 부스의 면접만 기록하고 구직자가 기업 제공에 동의한 정보만 봅니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nobody signs in yet: whoever uses this database may do everything. Add an organizer account first; from then on every station asks for a sign-in.</source>
        <translation>아직 로그인하는 사람이 없어, 이 데이터베이스를 쓰는 누구나 모든 일을 할 수 있습니다. 먼저 운영본부 계정을 추가하세요. 그때부터 모든 스테이션에서 로그인해야 합니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Login name:</source>
        <translation>로그인 이름(&amp;L):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Booth:</source>
        <translation>부스(&amp;B):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN &amp;again:</source>
        <translation>PIN 확인(&amp;A):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can sign in</source>
        <translation>로그인 허용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
</context>
<context>
    <name>AnnulDialog</name>
    <message>
        <location filename="../../jobfair/gui/organizer/annul.py" line="+63" />
        <location line="+54" />
        <source>Annul a check-in or interview</source>
        <translation>접수·면접 기록 취소</translation>
    </message>
    <message>
        <location line="-47" />
        <source>Why (kept in the audit log)</source>
        <translation>취소 사유 (감사 기록에 남습니다)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Annul</source>
        <translation>취소(&amp;A)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name} (#{badge}): choose the record to annul.</source>
        <translation>{name} (#{badge}): 취소할 기록을 고르세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check-in at {time}</source>
        <translation>{time} 접수</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no outcome yet</source>
        <translation>결과 미정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interview at {booth} {employer}, {time}: {outcome}</source>
        <translation>{booth} {employer} 면접, {time}: {outcome}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Give the reason: it is kept in the audit log.</source>
        <translation>사유를 입력하세요. 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annul “{record}”? It will count nowhere.</source>
        <translation>“{record}” 기록을 취소할까요? 어떤 실적에도 집계되지 않습니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annulled: {record}.</source>
        <translation>취소했습니다: {record}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../jobfair/gui/shell/application.py" line="+143" />
        <source>JobFair cannot start</source>
        <translation>JobFair를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/shell/frame.py" line="+59" />
        <source>Starting JobFair…</source>
        <translation>JobFair를 시작하는 중…</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/arrivals.py" line="+84" />
        <source>{total} check-ins; the busiest half hour had {most}</source>
        <translation>입장 {total}명, 가장 붐빈 30분 동안 {most}명</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Arrivals per half hour</source>
        <translation>30분 단위 입장 인원</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Check-ins</source>
        <translation>입장 인원</translation>
    </message>
</context>
<context>
    <name>AuditLogPanel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/audit_log.py" line="+385" />
        <location line="+33" />
        <source>Audit log</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+64" />
        <location line="+3" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Showing %1 of %2 events</source>
        <translation>전체 %2건 중 %1건 표시</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose an event to see its values before and after.</source>
        <translation>기록을 선택하면 변경 전후 값이 표시됩니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Station</source>
        <translation>스테이션(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Person</source>
        <translation>작업자(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Action</source>
        <translation>작업(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Record</source>
        <translation>대상(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From</source>
        <translation>시작(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To</source>
        <translation>끝(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fi&amp;nd</source>
        <translation>검색(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person, record id or value</source>
        <translation>작업자, 대상 ID 또는 값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refres&amp;h</source>
        <translation>새로 고침(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;More</source>
        <translation>더 보기(&amp;M)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>변경 후</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-294" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who or what</source>
        <translation>대상 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="vanished">대상 ID</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">변경 항목</translation>
    </message>
</context>
<context>
    <name>BoothChooser</name>
    <message>
        <location filename="../../jobfair/gui/booth/chooser.py" line="+65" />
        <source>Which booth does this station serve?</source>
        <translation>이 PC는 어느 부스에서 쓰나요?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type a booth label or an employer's name, then Enter</source>
        <translation>부스 번호나 기업명을 입력하고 Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use this booth</source>
        <translation>이 부스 사용</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This fair has no booths yet. The organizer adds them.</source>
        <translation>이 박람회에는 아직 부스가 없습니다. 운영본부에서 추가합니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{label} · {employer} ({positions} positions)</source>
        <translation>{label} · {employer} (구인 {positions}명)</translation>
    </message>
</context>
<context>
    <name>BoothModels</name>
    <message>
        <location filename="../../jobfair/gui/common/labels.py" line="+16" />
        <source>Open (decide later)</source>
        <translation>미정 (나중에 결정)</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/booth/models.py" line="+15" />
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No.</source>
        <translation>순번</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+14" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Waited</source>
        <translation>대기 시간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue number</source>
        <translation>대기 번호</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opening</source>
        <translation>채용분야</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{outcome} (over headcount)</source>
        <translation>{outcome} (구인인원 초과)</translation>
    </message>
</context>
<context>
    <name>BoothScreen</name>
    <message>
        <location filename="../../jobfair/gui/booth/screen.py" line="+282" />
        <source>{station} {label} · {employer}</source>
        <translation>{station} {label} · {employer}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scan in as waiting (F2)</source>
        <translation>대기 등록 모드 (F2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper sheet…</source>
        <translation>종이 결과표…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interview confirmation (F6)</source>
        <translation>면접확인서 (F6)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Switch booth</source>
        <translation>부스 바꾸기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slip printer…</source>
        <translation>번호표 프린터…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting ({count})</source>
        <translation>대기 ({count})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recent entries</source>
        <translation>최근 기록</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undecided ({count})</source>
        <translation>미정 ({count})</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Switching booths needs the server, which cannot be reached now.</source>
        <translation>부스를 바꾸려면 서버가 필요한데, 지금은 연결되지 않습니다.</translation>
    </message>
    <message>
        <source>Interview not recorded</source>
        <translation type="vanished">면접이 기록되지 않음</translation>
    </message>
    <message>
        <source>The interview of {name} has no outcome yet. Leave without recording it?</source>
        <translation type="vanished">{name} 님의 면접 결과가 아직 없습니다. 기록하지 않고 나갈까요?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Booth not chosen</source>
        <translation>부스를 선택하지 못함</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The last action failed: {reason}. Nothing was half saved; try again.</source>
        <translation>방금 작업이 실패했습니다: {reason}. 절반만 저장된 것은 없습니다. 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>{name} was interviewed here before: add another interview? Ctrl+Y yes, Esc no.</source>
        <translation>{name} 님은 이 부스에서 이미 면접을 봤습니다. 면접을 하나 더 추가할까요? Ctrl+Y 예, Esc 아니요.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{name}: the interview left undecided is open again. Choose the outcome.</source>
        <translation>{name}: 미정으로 남은 면접을 다시 열었습니다. 결과를 고르세요.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Question about {name} withdrawn: nothing risky was recorded.</source>
        <translation>{name} 님에 대한 질문은 취소되었습니다: 위험한 내용은 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} stays undecided (see Undecided).</source>
        <translation>{name} 님은 미정으로 남았습니다(미정 탭 참고).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(a badge not on this PC's list)</source>
        <translation>(이 PC 명단에 없는 명찰)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name} is in the queue already.</source>
        <translation>{name} 님은 이미 대기 중입니다.</translation>
    </message>
    <message>
        <source>{name} is waiting ({count} in the queue).</source>
        <translation type="vanished">{name} 님 대기 등록 (대기 {count}명).</translation>
    </message>
    <message>
        <source>Badge not on this PC's list</source>
        <translation type="vanished">이 PC 명단에 없는 배지</translation>
    </message>
    <message>
        <source>{name} was interviewed at this booth before, at {time} ({outcome}). Add another interview?</source>
        <translation type="vanished">{name} 님은 이 부스에서 {time}에 이미 면접을 보았습니다 ({outcome}). 면접을 하나 더 추가할까요?</translation>
    </message>
    <message>
        <source>Interviewed before</source>
        <translation type="vanished">이미 면접함</translation>
    </message>
    <message>
        <source>{name}: interviewed here at {time}; nothing added.</source>
        <translation type="vanished">{name}: {time}에 이 부스에서 면접함. 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Offline: {name} from this PC's list. Choose the outcome; it is saved on this PC and sent when the server is back.</source>
        <translation type="vanished">오프라인: 이 PC 명단의 {name}님입니다. 결과를 고르세요. 이 PC에 저장되었다가 서버가 돌아오면 전송됩니다.</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Offline · {name}: choose the outcome; it waits on this PC for the server.</source>
        <translation>오프라인 · {name}: 결과를 고르세요. 서버가 돌아올 때까지 이 PC에 보관됩니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} checked in by this scan. Choose the outcome.</source>
        <translation>{name} 님이 이 스캔으로 입장 처리되었습니다. 결과를 고르세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name}: choose the outcome.</source>
        <translation>{name}: 결과를 고르세요.</translation>
    </message>
    <message>
        <source>Beyond the headcount</source>
        <translation type="vanished">구인인원 초과</translation>
    </message>
    <message>
        <source>Not recorded. Choose another outcome or opening.</source>
        <translation type="vanished">기록하지 않았습니다. 다른 결과나 채용분야를 고르세요.</translation>
    </message>
    <message>
        <source>Nothing added.</source>
        <translation type="vanished">추가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+128" />
        <source>Recorded: {name} – {outcome}</source>
        <translation>기록됨: {name} – {outcome}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(beyond the headcount, confirmed)</source>
        <translation>(구인인원 초과, 확인함)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">되돌리기</translation>
    </message>
    <message>
        <source>Undo this entry? {entry}</source>
        <translation type="vanished">이 기록을 되돌릴까요? {entry}</translation>
    </message>
    <message>
        <source>Undone: {entry}</source>
        <translation type="vanished">되돌림: {entry}</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Changed to {outcome}.</source>
        <translation>{outcome}(으)로 바꾸었습니다.</translation>
    </message>
    <message>
        <source>Choose the opening the seeker is hired for.</source>
        <translation type="vanished">채용할 모집 직종을 고르세요.</translation>
    </message>
    <message>
        <source>All {headcount} positions of '{title}' were filled when this PC last reached the server. Hire beyond the headcount?</source>
        <translation type="vanished">이 PC가 마지막으로 서버에 연결되었을 때 '{title}'의 구인인원 {headcount}명이 모두 찼습니다. 인원을 넘겨 채용할까요?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saved on this PC: {name} – {outcome}. It is sent when the server is back.</source>
        <translation>이 PC에 저장됨: {name} – {outcome}. 서버가 돌아오면 전송됩니다.</translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now. Scanning and recording outcomes go on: they are saved on this PC.</source>
        <translation type="vanished">이 작업에는 서버가 필요한데 지금 연결할 수 없습니다. 스캔과 결과 입력은 계속할 수 있으며 이 PC에 저장됩니다.</translation>
    </message>
    <message>
        <location line="-159" />
        <source>Nobody is waiting.</source>
        <translation>대기자가 없습니다.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Calling number {number}.</source>
        <translation>{number}번 호출.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Number {number}: {name} is waiting ({count} in the queue).</source>
        <translation>{number}번: {name} 님 대기 중 (대기 {count}명).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The queue slip</source>
        <translation>번호표</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Ctrl+Y: yes · Esc: no, choose another outcome or opening.</source>
        <translation>Ctrl+Y: 예 · Esc: 아니요, 다른 결과나 채용 분야를 고르세요.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not recorded as a hire. Choose another outcome or opening.</source>
        <translation>채용으로 기록하지 않았습니다. 다른 결과나 채용 분야를 고르세요.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{name}: left undecided (see Undecided).</source>
        <translation>{name}: 미정으로 두었습니다(미정 탭 참고).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undone.</source>
        <translation>되돌렸습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not recorded beyond the headcount. Choose another outcome or opening.</source>
        <translation>구인인원을 넘겨 기록하지 않았습니다. 다른 결과나 채용 분야를 고르세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing added for {name}.</source>
        <translation>{name} 님에게 추가된 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing changed.</source>
        <translation>바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Undo? Ctrl+Y: yes · Esc: no.</source>
        <translation>되돌릴까요? Ctrl+Y: 예 · Esc: 아니요.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Printing a confirmation needs the server, which cannot be reached now.</source>
        <translation>면접확인서를 인쇄하려면 서버가 필요한데, 지금은 연결되지 않습니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Interview confirmation</source>
        <translation>면접확인서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no interview here to confirm yet: record it first.</source>
        <translation>확인할 면접이 아직 없습니다. 먼저 면접 결과를 기록하십시오.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The paper sheet needs the server, which cannot be reached now.</source>
        <translation>종이 결과표를 입력하려면 서버가 필요한데, 지금은 연결되지 않습니다.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Connected again: everything saved on this PC has reached the server.</source>
        <translation>다시 연결됨: 이 PC에 저장된 기록이 모두 서버에 전송되었습니다.</translation>
    </message>
</context>
<context>
    <name>BoothsPage</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/booths.py" line="+258" />
        <source>&amp;Label</source>
        <translation>부스 번호(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Employer</source>
        <translation>업체(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. A-1</source>
        <translation>예: A-1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New booth</source>
        <translation>새 부스(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Floor</source>
        <translation>배치도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rows</source>
        <translation>행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;olumns</source>
        <translation>열(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Place in the chosen cell</source>
        <translation>선택한 칸에 배치(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take off the floor</source>
        <translation>배치 해제(&amp;T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drag a booth from the list or from its cell onto a cell, or choose the booth in the list, then the cell, then Place.</source>
        <translation>부스를 목록이나 배치도의 칸에서 다른 칸으로 끌어다 놓거나, 목록에서 부스를 고르고 칸을 고른 뒤 '배치'를 누르세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New booth</source>
        <translation>새 부스</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="vanished">추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Add the employer first, on the Employers tab.</source>
        <translation>먼저 '구인업체' 탭에서 업체를 추가하세요.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add a booth</source>
        <translation>부스 추가</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the booth</source>
        <translation>부스 저장</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the booth</source>
        <translation>부스 삭제</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+8" />
        <location line="+10" />
        <source>Place the booth</source>
        <translation>부스 배치</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Choose a booth in the list and a cell on the floor first.</source>
        <translation>먼저 목록에서 부스를, 배치도에서 칸을 고르세요.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Badge layout and printer calibration</source>
        <translation type="vanished">명찰 양식과 프린터 보정</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/printing/calibration.py" line="+172" />
        <source>Printer and badge layout</source>
        <translation>프린터와 명찰 양식</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A PDF file (no printer)</source>
        <translation>PDF 파일 (프린터 없음)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the PDF file is written</source>
        <translation>PDF 파일을 저장할 위치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF file</source>
        <translation>PDF 파일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layout</source>
        <translation>양식</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move right by</source>
        <translation>오른쪽으로 이동</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down by</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Print a test page on plain paper, hold it against a label sheet, and enter how far the badges must move (negative: left or up) and how much larger they must be.</source>
        <translation>일반 용지에 시험 인쇄를 한 뒤 라벨지에 겹쳐 보고, 명찰을 얼마나 옮겨야 하는지(음수: 왼쪽 또는 위쪽)와 얼마나 키워야 하는지를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Test print…</source>
        <translation>시험 인쇄…</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Choose a printer, or name the PDF file to print into.</source>
        <translation>프린터를 고르거나, 출력할 PDF 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Print badges into a PDF file</source>
        <translation>명찰을 PDF 파일로 출력</translation>
    </message>
</context>
<context>
    <name>CameraCorner</name>
    <message>
        <location filename="../../jobfair/gui/common/camera.py" line="+53" />
        <source>No camera found. Plug one in: it is used as soon as it is there.</source>
        <translation>카메라가 없습니다. 연결하면 바로 사용합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The camera cannot be used: another program may have it. Close that program; scanning with the camera then resumes.</source>
        <translation>카메라를 사용할 수 없습니다. 다른 프로그램이 사용 중일 수 있습니다. 그 프로그램을 닫으면 카메라 스캔이 다시 시작됩니다.</translation>
    </message>
    <message>
        <location line="+210" />
        <source>Badge read.</source>
        <translation>명찰을 읽었습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already scanned. Take the badge away for a few seconds to scan it again.</source>
        <translation>이미 스캔했습니다. 다시 스캔하려면 명찰을 몇 초간 치웠다가 보여 주세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>That code is not a badge of this fair.</source>
        <translation>이 박람회의 명찰 코드가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CameraSwitch</name>
    <message>
        <location filename="../../jobfair/gui/common/camera_switch.py" line="+59" />
        <source>&amp;Camera</source>
        <translation>카메라(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan badges with the camera</source>
        <translation>카메라로 명찰 스캔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose camera</source>
        <translation>카메라 선택</translation>
    </message>
    <message>
        <location line="+41" />
        <source>No camera found</source>
        <translation>카메라 없음</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/compare.py" line="+144" />
        <source>There is no other fair in this database to compare with.</source>
        <translation>이 데이터베이스에는 비교할 다른 박람회가 없습니다.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The other fair's figures could not be read; they will be read again when you choose a fair.</source>
        <translation>비교할 박람회의 실적을 읽지 못했습니다. 박람회를 다시 고르면 다시 읽습니다.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Other fair</source>
        <translation>다른 박람회</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{this} ({this_date}) beside {other} ({other_date})</source>
        <translation>{this} ({this_date}) 대 {other} ({other_date})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Compare with:</source>
        <translation>비교 대상:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hire rate (hires ÷ positions sought)</source>
        <translation>채용률 (현장채용 ÷ 구인인원)</translation>
    </message>
</context>
<context>
    <name>ConfirmDiscardDialog</name>
    <message>
        <location filename="../../jobfair/gui/organizer/rehearsal.py" line="+96" />
        <source>Discard rehearsal records</source>
        <translation>리허설 기록 삭제</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the {total} rehearsal records ({checkins} check-ins, {interviews} interviews) made on another day than the fair's ({date}), and the queue entries of those days? They count nowhere now; this cannot be undone. The audit log keeps what each record was.</source>
        <translation>박람회 당일({date})이 아닌 날에 만든 리허설 기록 {total}건(입장 확인 {checkins}건, 면접 {interviews}건)과 그날의 대기열 기록을 삭제할까요? 지금도 어떤 집계에도 들어가지 않으며, 삭제하면 되돌릴 수 없습니다. 각 기록의 내용은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Discard {total} records</source>
        <translation>{total}건 삭제</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/sync_conflicts.py" line="+173" />
        <source>Records that stations took while the server could not be reached and that collided with what others recorded meanwhile. Each was kept as the station made it: check it, then mark it resolved with a note.</source>
        <translation>서버에 연결할 수 없는 동안 각 PC가 받은 기록 중, 그 사이 다른 곳에서 입력한 내용과 충돌한 기록입니다. 모두 PC에서 입력한 그대로 보관되었습니다. 확인한 뒤 메모와 함께 처리 완료로 표시하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unresolved only</source>
        <translation>미처리만</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done (for the record)</source>
        <translation>조치 내용 (기록용)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+44" />
        <location line="+8" />
        <source>Mark resolved</source>
        <translation>처리 완료</translation>
    </message>
    <message>
        <location line="-22" />
        <source>{count} conflict(s) shown.</source>
        <translation>충돌 {count}건 표시</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write what was done about it first.</source>
        <translation>먼저 조치 내용을 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../jobfair/gui/shell/connection.py" line="+170" />
        <source>Connect to database</source>
        <translation>데이터베이스 연결</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At a fair with many stations, every station works on the PostgreSQL server of the organizer's PC. Enter its address, or paste a database address below.</source>
        <translation>스테이션이 여러 대인 박람회에서는 모든 스테이션이 운영본부 PC의 PostgreSQL 서버를 함께 씁니다. 서버 주소를 입력하거나, 아래에 데이터베이스 주소를 붙여 넣으세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server (name or IP):</source>
        <translation>서버 (이름 또는 IP):</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Or an address:</source>
        <translation>또는 주소:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. 192.168.0.10</source>
        <translation>예: 192.168.0.10</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation type="vanished">이 PC에 비밀번호 기억</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remember the password in this PC's credential store</source>
        <translation>이 PC의 자격 증명 저장소에 비밀번호 기억</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This PC has no credential store (keyring), so the password is not remembered: it is asked for at every start. It is never written to the settings file.</source>
        <translation>이 PC에는 자격 증명 저장소(키링)가 없어 비밀번호를 기억하지 않습니다. 시작할 때마다 비밀번호를 묻습니다. 비밀번호는 설정 파일에 절대 기록하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Test</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up / &amp;upgrade the database…</source>
        <translation>데이터베이스 설정/업그레이드(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Enter the server's name or IP address.</source>
        <translation>서버 이름이나 IP 주소를 입력하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connecting to {where}…</source>
        <translation>{where}에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Connected to {where}. The database is ready for this JobFair.</source>
        <translation>{where}에 연결했습니다. 이 JobFair로 쓸 준비가 된 데이터베이스입니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The test failed: {reason}</source>
        <translation>연결 시험에 실패했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Set up the empty database {where} for JobFair?

Do this once, on the organizer's PC.</source>
        <translation>빈 데이터베이스 {where}를 JobFair용으로 설정할까요?

운영본부 PC에서 한 번만 하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Upgrade the database {where} to this JobFair's schema?

Do this on the organizer's PC, before the other stations connect. Stations with an older JobFair must be updated afterwards.</source>
        <translation>데이터베이스 {where}를 이 JobFair의 스키마로 업그레이드할까요?

다른 스테이션이 연결하기 전에 운영본부 PC에서 하세요. 이전 버전 JobFair를 쓰는 스테이션은 그 뒤에 업데이트해야 합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set up the database</source>
        <translation>데이터베이스 설정</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database could not be set up: {reason}</source>
        <translation>데이터베이스를 설정하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/copy.py" line="+105" />
        <source>Copy from an earlier fair</source>
        <translation>이전 박람회에서 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fair</source>
        <translation>박람회(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy their &amp;booths too</source>
        <translation>부스도 함께 복사(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick &amp;all</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick &amp;none</source>
        <translation>모두 해제(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{name} ({number}), {positions} positions</source>
        <translation>{name} ({number}), 구인인원 {positions}명</translation>
    </message>
    <message>
        <location line="+3" />
        <source>already at this fair</source>
        <translation>이미 참여 중</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Tick the employers to copy.</source>
        <translation>복사할 업체를 선택하세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{employers} employers copied with {openings} openings and {booths} booths.</source>
        <translation>업체 {employers}곳과 모집직종 {openings}건, 부스 {booths}개를 복사했습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} registration fields copied.</source>
        <translation>등록 항목 {count}개를 복사했습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Skipped, already at this fair: {names}.</source>
        <translation>이미 참여 중이라 건너뜀: {names}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Booths not copied, their labels are taken: {labels}.</source>
        <translation>같은 부스 번호가 있어 복사하지 않은 부스: {labels}.</translation>
    </message>
</context>
<context>
    <name>DashboardBooths</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/booths.py" line="+39" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employer</source>
        <translation>기업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews</source>
        <translation>면접 건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviewees</source>
        <translation>면접 인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hires</source>
        <translation>현장채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positions</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill rate</source>
        <translation>채용률</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent here</source>
        <translation>안내 인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of them interviewed</source>
        <translation>그중 면접</translation>
    </message>
    <message>
        <location line="+64" />
        <source>{hires} hired ÷ {positions} positions</source>
        <translation>현장채용 {hires}명 ÷ 구인인원 {positions}명</translation>
    </message>
</context>
<context>
    <name>DashboardBreakdowns</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/breakdowns.py" line="+49" />
        <source>By field</source>
        <translation>자체 항목별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Field:</source>
        <translation>항목(&amp;F):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fair has no choice fields. Add a field of the kind "one choice" or "several choices" in the setup to break the figures down by its answers.</source>
        <translation>이 박람회에는 선택형 항목이 없습니다. 설정에서 '하나 선택' 또는 '여러 개 선택' 종류의 항목을 추가하면 그 응답별로 현황을 나누어 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attendees</source>
        <translation>참여 구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviewees</source>
        <translation>면접 인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hires</source>
        <translation>현장채용</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/view.py" line="+292" />
        <source>Connection lost, retrying… The figures shown are from {time}.</source>
        <translation>연결이 끊겨 다시 시도하는 중… 표시된 실적은 {time} 기준입니다.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as of {time}</source>
        <translation>{time} 기준</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Refresh (F5)</source>
        <translation>새로 고침 (F5)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The dashboard reads the figures again every few seconds by itself</source>
        <translation>대시보드는 몇 초마다 실적을 스스로 다시 읽습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Summary report…</source>
        <translation>결과 보고서…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print or save the end-of-day summary (PDF)</source>
        <translation>마감 결과 보고서(PDF)를 인쇄하거나 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save every table of the fair as one workbook</source>
        <translation>박람회의 모든 표를 엑셀 파일 하나로 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table as CSV</source>
        <translation>표 하나를 CSV로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save one table of the fair as a CSV file</source>
        <translation>박람회의 표 하나를 CSV 파일로 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booths</source>
        <translation>부스별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Floor plan</source>
        <translation>배치도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent here</source>
        <translation>추천 안내</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breakdowns</source>
        <translation>구분별 현황</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare fairs</source>
        <translation>박람회 비교</translation>
    </message>
</context>
<context>
    <name>DayBanner</name>
    <message>
        <location filename="../../jobfair/gui/common/day_banner.py" line="+37" />
        <source>Rehearsal: today ({today}) is not the fair's day ({fair}). Scans and records made now are kept as rehearsal records and left out of every figure.</source>
        <translation>리허설: 오늘({today})은 박람회 날({fair})이 아닙니다. 지금의 스캔과 기록은 리허설 기록으로 남고 모든 집계에서 빠집니다.</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../jobfair/gui/booth/day.py" line="+49" />
        <source>The booth's day</source>
        <translation>오늘의 부스 현황</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews</source>
        <translation>면접 건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seekers interviewed</source>
        <translation>면접 인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hired / positions</source>
        <translation>채용 / 구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{title}: {hires} of {headcount} hired</source>
        <translation>{title}: {headcount}명 중 {hires}명 채용</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Badge</source>
        <translation type="vanished">명찰</translation>
    </message>
    <message>
        <source>Badge printing is not set up on this station yet.</source>
        <translation type="vanished">이 스테이션에는 아직 명찰 출력이 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/desk/screen.py" line="+219" />
        <source>Search (F2)</source>
        <translation>검색 (F2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk-in (F3)</source>
        <translation>현장 접수 (F3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth waits</source>
        <translation>부스 대기 시간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interview confirmation (F6)</source>
        <translation>면접확인서 (F6)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Walk-in form</source>
        <translation>현장 접수 양식</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The walk-in form is filled in but not saved. Leave it and lose what was typed?</source>
        <translation>현장 접수 양식에 입력한 내용이 아직 저장되지 않았습니다. 입력한 내용을 버리고 나가시겠습니까?</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The last action failed: {reason}. Nothing was half saved; try again.</source>
        <translation>방금 작업이 실패했습니다: {reason}. 절반만 저장된 것은 없습니다. 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Nothing was changed.</source>
        <translation>바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The check-in of {name} is undone; they no longer count as having come.</source>
        <translation>{name} 님의 입장 확인을 취소했습니다. 더 이상 참여자로 세지 않습니다.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Already checked in at {time} (from this PC's list: the server cannot be reached).</source>
        <translation>{time}에 이미 입장 확인됨 (이 PC 명단 기준: 서버에 연결할 수 없음)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checked in. Saved on this PC: it is sent when the server is back.</source>
        <translation>입장 확인. 이 PC에 저장되었으며 서버가 돌아오면 전송됩니다.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The where-to-go slip</source>
        <translation>추천 부스 안내표</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The where-to-go slip is not printed: this desk has no printer chosen (Desk menu, Printer and badge layout).</source>
        <translation>추천 부스 안내표를 인쇄하지 않았습니다: 이 접수처에 프린터가 선택되지 않았습니다(접수처 메뉴, 프린터와 명찰 양식).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{label} {employer}: about {minutes} min ({waiting} waiting)</source>
        <translation>{label} {employer}: 약 {minutes}분 (대기 {waiting}명)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="vanished">중복 등록 의심</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">저장되지 않음</translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now. Scanning badges goes on: check-ins are saved on this PC.</source>
        <translation type="vanished">이 작업에는 서버가 필요한데 지금 연결할 수 없습니다. 배지 스캔은 계속할 수 있으며 입장 확인은 이 PC에 저장됩니다.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Interview confirmation</source>
        <translation>면접확인서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan or find the job seeker first.</source>
        <translation>먼저 구직자의 명찰을 스캔하거나 검색하십시오.</translation>
    </message>
    <message>
        <source>Badge not printed</source>
        <translation type="vanished">명찰이 출력되지 않음</translation>
    </message>
    <message>
        <location line="+20" />
        <source>same phone</source>
        <translation>같은 연락처</translation>
    </message>
    <message>
        <location line="+2" />
        <source>same name and birth</source>
        <translation>같은 이름과 생년</translation>
    </message>
    <message>
        <source>This person may already be registered:
{list}

Register them anyway?</source>
        <translation type="vanished">이미 등록된 분일 수 있습니다:
{list}

그래도 접수하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../jobfair/gui/common/dialogs.py" line="+57" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../jobfair/gui/common/forms.py" line="+180" />
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EmployerImportDialog</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/copy.py" line="+11" />
        <source>Choose the employer list</source>
        <translation>구인업체 명단 선택</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>명단 (*.xlsx *.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Choose the list of employers (one row per opening).</source>
        <translation>구인업체 명단을 고르세요 (모집직종마다 한 행).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Importing the employers…</source>
        <translation>구인업체를 가져오는 중…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import the employer list</source>
        <translation>구인업체 명단 가져오기</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{employers} employers imported with {openings} openings ({positions} positions).</source>
        <translation>업체 {employers}곳, 모집직종 {openings}건(구인인원 {positions}명)을 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>EmployerPacks</name>
    <message>
        <location filename="../../jobfair/gui/organizer/packs.py" line="+55" />
        <source>Folder for the result packs</source>
        <translation>결과 자료를 저장할 폴더</translation>
    </message>
</context>
<context>
    <name>EmployerPacksDialog</name>
    <message>
        <location line="+27" />
        <location line="+53" />
        <source>Employer result packs</source>
        <translation>참여기업별 결과 자료</translation>
    </message>
    <message>
        <location line="-47" />
        <source>One workbook and a one-page PDF per employer: its interviewees (phone and residence only for those who consented to provision), outcomes, notes and follow-up results. The letter below is printed at the top of each PDF.</source>
        <translation>기업마다 엑셀 파일 하나와 한 쪽짜리 PDF를 만듭니다: 면접한 구직자(연락처와 거주지는 제3자 제공에 동의한 구직자만), 면접 결과, 메모, 사후관리 결과. 아래 안내문은 각 PDF의 맨 위에 인쇄됩니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the &amp;default letter</source>
        <translation>기본 안내문 사용(&amp;D)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Replace the files of an earlier run</source>
        <translation>이전에 만든 파일 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Make the packs</source>
        <translation>결과 자료 만들기(&amp;M)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Covering letter:</source>
        <translation>안내문:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose the folder for the packs.</source>
        <translation>결과 자료를 저장할 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The letter is too long for one page: keep it to {n} characters.</source>
        <translation>안내문이 한 쪽에 들어가기에는 너무 깁니다. {n}자 이내로 줄여 주세요.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Saved {count} employer packs to {folder}.</source>
        <translation>참여기업 {count}곳의 결과 자료를 {folder}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{path} is already there. Tick 'Replace the files of an earlier run' to replace it, or choose another folder.</source>
        <translation>{path} 파일이 이미 있습니다. '이전에 만든 파일 바꾸기'를 선택하거나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Making the packs…</source>
        <translation>결과 자료를 만드는 중…</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/employers.py" line="+193" />
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Business number</source>
        <translation>사업자등록번호(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Industry (KSIC)</source>
        <translation>업종(KSIC)(&amp;I)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>KSIC &amp;code</source>
        <translation>산업분류 코드(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ontact person</source>
        <translation>담당자(&amp;O)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Phone</source>
        <translation>연락처(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation &amp;tags</source>
        <translation>평가 태그(&amp;T)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>NNN-NN-NNNNN</source>
        <translation>NNN-NN-NNNNN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional, e.g. 10121</source>
        <translation>선택, 예: 10121</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comma-separated, e.g. 경력자, 야간 가능</source>
        <translation>쉼표로 구분, 예: 경력자, 야간 가능</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New employer</source>
        <translation>새 업체(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import a list…</source>
        <translation>명단 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy from an earlier &amp;fair…</source>
        <translation>이전 박람회에서 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New employer</source>
        <translation>새 업체</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="vanished">추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Employer</source>
        <translation>업체</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{employers} employers, {positions} positions.</source>
        <translation>업체 {employers}곳, 구인인원 {positions}명.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{shown} digits</source>
        <translation>{shown}자리</translation>
    </message>
    <message>
        <location line="+3" />
        <source>✓ {number}: check digit correct</source>
        <translation>✓ {number}: 검증번호 일치</translation>
    </message>
    <message>
        <location line="+5" />
        <source>✗ {number}: check digit wrong</source>
        <translation>✗ {number}: 검증번호 불일치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✗ more than ten digits</source>
        <translation>✗ 10자리를 넘습니다</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Add an employer</source>
        <translation>업체 추가</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the employer</source>
        <translation>업체 저장</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+6" />
        <source>Delete the employer</source>
        <translation>업체 삭제</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Delete {name} with its booths and openings?</source>
        <translation>{name}을(를) 부스, 모집직종과 함께 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../jobfair/gui/common/errors.py" line="+44" />
        <source>JobFair</source>
        <translation>JobFair</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Something unexpected went wrong. What you saved before is safe. If it happens again, please send the file {path} to the person who looks after JobFair.</source>
        <translation>예상하지 못한 오류가 발생했습니다. 앞서 저장한 내용은 안전합니다. 같은 문제가 또 생기면 {path} 파일을 JobFair 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>FairFieldsBox</name>
    <message>
        <location filename="../../jobfair/gui/common/fair_field_widgets.py" line="+35" />
        <location line="+98" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+98" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="-71" />
        <source>This fair's questions</source>
        <translation>이 박람회의 추가 항목</translation>
    </message>
    <message>
        <location line="+59" />
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 2026-05-03</source>
        <translation>예: 2026-05-03</translation>
    </message>
    <message>
        <location line="+2" />
        <source>separated by commas</source>
        <translation>쉼표로 구분</translation>
    </message>
</context>
<context>
    <name>FairForm</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/fair.py" line="+115" />
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Venue</source>
        <translation>장소(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hosts</source>
        <translation>주최(&amp;H)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Organizer</source>
        <translation>주관(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opens &amp;at</source>
        <translation>시작 시각(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C&amp;loses at</source>
        <translation>종료 시각(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Time zone</source>
        <translation>시간대(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keep personal data (days)</source>
        <translation>개인정보 보유 기간(일)(&amp;K)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>T&amp;ypical interview (minutes, for predicted waits)</source>
        <translation>보통 면접 시간(분, 예상 대기 계산용)(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. 2025 양주시 일자리 박람회</source>
        <translation>예: 2025 양주시 일자리 박람회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 양주시 · 동두천시</source>
        <translation>예: 양주시 · 동두천시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save changes</source>
        <translation>변경 내용 저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create as a &amp;new fair</source>
        <translation>새 박람회로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo edits</source>
        <translation>편집 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No fair yet: fill in the form and create one.</source>
        <translation>아직 박람회가 없습니다. 양식을 채우고 만드세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The fair</source>
        <translation>박람회</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Save the fair</source>
        <translation>박람회 저장</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Create a fair</source>
        <translation>박람회 만들기</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/fields.py" line="+150" />
        <source>Questions of this fair's own, asked in the walk-in form and shown on the seeker's card. A booth sees a field only when employers may see it and the seeker consented to provision; a sensitive field needs the sensitive-information consent.</source>
        <translation>이 박람회만의 등록 항목입니다. 현장 등록 양식에서 묻고 구직자 카드에 표시됩니다. 부스에서는 기업 공개 항목만, 구직자가 제3자 제공에 동의한 경우에만 보이며, 민감 항목은 민감정보 동의가 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Key</source>
        <translation>키(&amp;K)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label (&amp;Korean)</source>
        <translation>이름 - 한국어(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label (E&amp;nglish)</source>
        <translation>이름 - 영어(&amp;N)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>K&amp;ind</source>
        <translation>종류(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choices</source>
        <translation>선택지(&amp;C)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;quired</source>
        <translation>필수(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employers &amp;may see it</source>
        <translation>기업 공개(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sens&amp;itive</source>
        <translation>민감정보(&amp;I)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keep answers (&amp;days)</source>
        <translation>보유 기간 - 일(&amp;D)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. driving (letters a–z, digits, _)</source>
        <translation>예: driving (영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>separated by commas, e.g. 양주, 의정부</source>
        <translation>쉼표로 구분, 예: 양주, 의정부</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with the seeker record</source>
        <translation>구직자 기록과 함께</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the walk-in form asks for it</source>
        <translation>현장 등록 시 반드시 입력</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with the seeker's provision consent</source>
        <translation>구직자의 제3자 제공 동의가 있을 때</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs the sensitive-information consent</source>
        <translation>민감정보 동의 필요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move do&amp;wn</source>
        <translation>아래로(&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New field</source>
        <translation>새 항목(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New field</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Add a field</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save the field</source>
        <translation>항목 저장</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move the field</source>
        <translation>항목 순서 변경</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete this field and erase every answer to it?</source>
        <translation>이 항목을 삭제하고 모든 응답을 지울까요?</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Delete the field</source>
        <translation>항목 삭제</translation>
    </message>
</context>
<context>
    <name>FigureCards</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/cards.py" line="+99" />
        <source>{hires} ÷ {positions} {denominator}</source>
        <translation>{hires} ÷ {positions} {denominator}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{rate} of attendees</source>
        <translation>참여 구직자의 {rate}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{rate} of people interviewed</source>
        <translation>면접 인원의 {rate}</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <source>Hire rate (hires ÷ positions sought)</source>
        <translation>채용률 (현장채용 ÷ 구인인원)</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../jobfair/gui/common/figures_panel.py" line="+171" />
        <source>The figures could not be read: {reason}</source>
        <translation>실적을 불러오지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>as of {time}</source>
        <translation>{time} 기준</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{numerator} {n} ÷ {denominator} {d}</source>
        <translation>{numerator} {n} ÷ {denominator} {d}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Figures of the fair</source>
        <translation>박람회 실적</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh (F5)</source>
        <translation>새로 고침 (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the figures again from the database</source>
        <translation>데이터베이스에서 실적을 다시 불러옵니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counts</source>
        <translation>인원·건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ratios (each names what it divides by)</source>
        <translation>비율 (무엇으로 나눈 값인지 함께 표시)</translation>
    </message>
</context>
<context>
    <name>FiguresStation</name>
    <message>
        <location filename="../../jobfair/gui/common/stations.py" line="+170" />
        <source>There is no fair in this database yet. Load the demo fair to look around, or create a fair at the organizer station.</source>
        <translation>이 데이터베이스에는 아직 박람회가 없습니다. 데모 박람회를 불러와 둘러보거나, 운영본부 화면에서 박람회를 만드세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Load the demo fair</source>
        <translation>데모 박람회 불러오기</translation>
    </message>
</context>
<context>
    <name>FindSeeker</name>
    <message>
        <location filename="../../jobfair/gui/organizer/find_seeker.py" line="+55" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Born</source>
        <translation>출생연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked in</source>
        <translation>입장</translation>
    </message>
</context>
<context>
    <name>FindSeekerDialog</name>
    <message>
        <location line="+105" />
        <source>Nobody found. Type at least two letters of a name, #badge number or the last four digits of a phone.</source>
        <translation>찾은 사람이 없습니다. 이름 두 글자 이상, #명찰 번호 또는 전화번호 끝 네 자리를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The first {count} shown: type more to narrow the search.</source>
        <translation>처음 {count}명만 표시합니다. 더 입력해 범위를 좁히세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} found: choose the person.</source>
        <translation>{count}명 찾음: 해당하는 사람을 고르세요.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Scan the badge, or type part of the name, # and the badge number, or the last four digits of the phone. Then choose the person in the list.</source>
        <translation>명찰을 스캔하거나, 이름 일부, #과 명찰 번호, 또는 전화번호 끝 네 자리를 입력하세요. 그다음 목록에서 사람을 고르세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, #badge number, phone digits or a scan</source>
        <translation>이름, #명찰 번호, 전화번호 또는 스캔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>FloorCanvas</name>
    <message>
        <location filename="../../jobfair/gui/organizer/dashboard/floor.py" line="+319" />
        <source>{label} · {employer}: {interviews} interviews, {hires} hired of {positions} positions, {queue} waiting; {recent} interviews in the last 30 minutes</source>
        <translation>{label} · {employer}: 면접 {interviews}건, 구인인원 {positions}명 중 {hires}명 현장채용, 대기 {queue}명, 최근 30분 면접 {recent}건</translation>
    </message>
</context>
<context>
    <name>FloorGrid</name>
    <message>
        <location line="+90" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Interviews today</source>
        <translation>오늘 면접 건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews in the last 30 minutes</source>
        <translation>최근 30분 면접 건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews:</source>
        <translation>면접 건수:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrow keys choose a booth on the floor</source>
        <translation>화살표 키로 배치도의 부스를 고릅니다</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/follow_up.py" line="+87" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employer</source>
        <translation>업체명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fair day</source>
        <translation>현장 결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Final outcome</source>
        <translation>최종 결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last call</source>
        <translation>최근 통화</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth's note</source>
        <translation>부스 메모</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location line="+133" />
        <location line="+56" />
        <location line="+18" />
        <source>Follow-up</source>
        <translation>사후관리</translation>
    </message>
    <message>
        <location line="-57" />
        <source>{decided} of {total} decided · {reached} reached · {remaining} remaining</source>
        <translation>{total}건 중 {decided}건 결정 · {reached}건 통화됨 · {remaining}건 남음</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose a case in the list.</source>
        <translation>목록에서 대상을 고르십시오.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>&amp;Filter:</source>
        <translation>보기(&amp;F):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All cases</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>미결</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decided</source>
        <translation>결정됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Call &amp;list (second interviews and pending cases)</source>
        <translation>통화 목록(&amp;L) (2차면접·채용예정 대상)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Selected case</source>
        <translation>선택한 대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call &amp;result:</source>
        <translation>통화 결과(&amp;R):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Call note:</source>
        <translation>통화 메모:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log the &amp;call</source>
        <translation>통화 기록(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Final &amp;outcome:</source>
        <translation>최종 결과(&amp;O):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Date:</source>
        <translation>확인일(&amp;D):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save the final outcome</source>
        <translation>최종 결과 저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HallScreen</name>
    <message>
        <location filename="../../jobfair/gui/hall/screen.py" line="+58" />
        <source>Booths</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now calling</source>
        <translation>지금 호출</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>다음 순서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait</source>
        <translation>예상 대기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{title}: {count} more wanted</source>
        <translation>{title} {count}명 더 채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All positions filled</source>
        <translation>채용 마감</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page {page} of {pages}</source>
        <translation>{page} / {pages} 쪽</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booths in this group.</source>
        <translation>이 구역에는 부스가 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no fair in this database yet.</source>
        <translation>이 데이터베이스에는 아직 박람회가 없습니다.</translation>
    </message>
    <message>
        <location line="+213" />
        <source>Booths starting &amp;with:</source>
        <translation>부스 번호 시작 글자(&amp;W):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Korean and English &amp;alternating</source>
        <translation>한국어·영어 번갈아 표시(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F11 full screen · Esc leaves it · Ctrl+0 leaves the hall screen</source>
        <translation>F11 전체 화면 · Esc 전체 화면 끝내기 · Ctrl+0 안내 화면 닫기</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../jobfair/gui/organizer/import_dialog.py" line="+148" />
        <source>Choose the pre-registration list</source>
        <translation>사전등록 명단 선택</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>명단 (*.xlsx *.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+150" />
        <source>Import the pre-registration list</source>
        <translation>사전등록 명단 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An Excel (.xlsx) or CSV file</source>
        <translation>엑셀(.xlsx) 또는 CSV 파일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which column holds what</source>
        <translation>열과 항목 연결</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+52" />
        <source>sheet “{sheet}”</source>
        <translation>시트 “{sheet}”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>encoding {encoding}</source>
        <translation>인코딩 {encoding}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: {rows} rows below the header on row {header}, {where}.</source>
        <translation>{name}: {header}행 머리글 아래 {rows}행, {where}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(not in the file)</source>
        <translation>(파일에 없음)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Column {number}</source>
        <translation>{number}열</translation>
    </message>
    <message>
        <location line="+83" />
        <location line="+7" />
        <source>Checking every row…</source>
        <translation>모든 행을 확인하는 중…</translation>
    </message>
    <message>
        <location line="-183" />
        <source>Choose the list the seekers registered on.</source>
        <translation>구직자가 등록한 명단 파일을 선택하세요.</translation>
    </message>
    <message>
        <location line="+223" />
        <source>{rows} rows: {valid} ready, {bad} with problems. Correct the file or the columns; nothing is imported while any row is bad.</source>
        <translation>{rows}행: {valid}행 정상, {bad}행 문제 있음. 파일이나 열 연결을 고치세요. 문제가 있는 행이 하나라도 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file has no rows to import.</source>
        <translation>가져올 행이 없습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{rows} rows, all ready to import.</source>
        <translation>{rows}행 모두 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location line="-226" />
        <source>Importing the seekers…</source>
        <translation>구직자를 가져오는 중…</translation>
    </message>
    <message>
        <location line="+275" />
        <source>Nothing was imported: {bad} rows are now in conflict with the fair's list.</source>
        <translation>아무것도 가져오지 않았습니다: {bad}행이 박람회 명단과 충돌합니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} seekers imported (badge numbers {first} to {last}).</source>
        <translation>구직자 {count}명을 가져왔습니다(명찰 번호 {first}~{last}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} seekers were imported. Print their badges now?</source>
        <translation>구직자 {count}명을 가져왔습니다. 지금 명찰을 인쇄할까요?</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../jobfair/gui/kiosk/screen.py" line="+65" />
        <source>Welcome to the job fair</source>
        <translation>채용박람회에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold your badge's QR code to the scanner or camera.</source>
        <translation>명찰의 QR 코드를 스캐너나 카메라에 대 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No badge? Type your name, the last four digits of your phone and your birth year.</source>
        <translation>명찰이 없으시면 이름, 휴대폰 번호 끝 4자리, 태어난 해를 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone (last 4 digits)</source>
        <translation>휴대폰 끝 4자리</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth year</source>
        <translation>태어난 해</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check in</source>
        <translation>접수하기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Welcome, {name}</source>
        <translation>반갑습니다, {name} 님</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You were already checked in.</source>
        <translation>이미 접수되어 있습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next: the interview hall.</source>
        <translation>다음: 면접장으로 가세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booths that fit you:</source>
        <translation>맞는 부스:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth {label} · {employer} · {title} · wait about {minutes} min</source>
        <translation>{label} 부스 · {employer} · {title} · 약 {minutes}분 대기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth {label} · {employer} · {title} · no wait</source>
        <translation>{label} 부스 · {employer} · {title} · 대기 없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take your badge from the printer.</source>
        <translation>프린터에서 명찰을 가져가세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We could not find you. Check what you typed and try again.</source>
        <translation>찾을 수 없습니다. 입력한 내용을 확인하고 다시 해 주세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Please go to the registration desk.</source>
        <translation>접수 데스크로 가 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out of order. Please go to the registration desk.</source>
        <translation>고장입니다. 접수 데스크로 가 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please type your name, the last four digits of your phone and your birth year.</source>
        <translation>이름, 휴대폰 번호 끝 4자리, 태어난 해를 모두 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location line="+228" />
        <source>Staff only: login and PIN</source>
        <translation>직원 전용: 로그인과 PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location line="+213" />
        <source>Type your login and your PIN.</source>
        <translation>로그인과 PIN을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jobfair/gui/shell/main_window.py" line="+319" />
        <source>&amp;Fair:</source>
        <translation>박람회(&amp;F):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Station:</source>
        <translation>업무(&amp;S):</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+440" />
        <source>No fair yet</source>
        <translation>등록된 박람회 없음</translation>
    </message>
    <message>
        <location line="-439" />
        <source>Choose a station</source>
        <translation>업무를 선택하세요</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">파일(&amp;F)</translation>
    </message>
    <message>
        <source>Load the &amp;demo fair</source>
        <translation type="vanished">데모 박람회 불러오기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation type="vanished">데이터베이스 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="vanished">로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation type="vanished">업무(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a station…</source>
        <translation type="vanished">업무 선택 화면으로…</translation>
    </message>
    <message>
        <source>&amp;Hall screen</source>
        <translation type="vanished">안내 화면(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Kiosk (self-service check-in)</source>
        <translation type="vanished">키오스크(셀프 접수)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="vanished">언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Station toolbar</source>
        <translation>스테이션 도구 모음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: {url}</source>
        <translation>데이터베이스: {url}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>(demo)</source>
        <translation>(데모)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Your account may not open this station. Sign in with an account for it (File &gt; Sign out).</source>
        <translation>이 계정으로는 이 스테이션을 열 수 없습니다. 해당 스테이션의 계정으로 로그인하세요(파일 &gt; 로그아웃).</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Hall screen</source>
        <translation>안내 화면</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+28" />
        <source>Kiosk</source>
        <translation>키오스크</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Only an organizer or the desk may open the kiosk. Sign in with such an account (File &gt; Sign out).</source>
        <translation>운영자나 접수 데스크만 키오스크를 열 수 있습니다. 그런 계정으로 로그인하세요(파일 &gt; 로그아웃).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a fair first: the kiosk checks in to it.</source>
        <translation>먼저 박람회를 고르세요. 키오스크는 그 박람회에 접수합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The kiosk is locked with an organizer's or the desk's PIN, and this database has no accounts yet. Make one first (Organizer station, Accounts).</source>
        <translation>키오스크는 운영자나 접수 데스크의 PIN으로 잠기는데, 이 데이터베이스에는 아직 계정이 없습니다. 먼저 계정을 만드세요(운영 스테이션, 계정).</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Station: none chosen</source>
        <translation>업무: 선택 안 함</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Station: {name}</source>
        <translation>업무: {name}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Signed in: {name} ({role}{where})</source>
        <translation>로그인: {name} ({role}{where})</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Welcome, {name}.</source>
        <translation>{name} 님, 어서 오세요.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Signed out</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An organizer changed or switched off your account. Sign in again.</source>
        <translation>운영본부가 계정을 바꾸었거나 사용을 중지했습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Connected to {url}.</source>
        <translation>{url}에 연결했습니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This database has no fair yet.

Load the demo fair (the 2015 Yangju, Uijeongbu and Dongducheon job fair: 28 employers, 1,000 seekers) to look around?</source>
        <translation>이 데이터베이스에는 아직 박람회가 없습니다.

데모 박람회(2015 양주·의정부·동두천 일자리사랑 채용박람회: 참여기업 28곳, 구직자 1,000명)를 불러와 둘러보시겠습니까?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Demo fair</source>
        <translation>데모 박람회</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This version of JobFair has no demo fair yet.</source>
        <translation>이 버전의 JobFair에는 아직 데모 박람회가 없습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The demo fair is loaded.</source>
        <translation>데모 박람회를 불러왔습니다.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+3" />
        <source>JobFair</source>
        <translation>JobFair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database refused the operation: {reason}</source>
        <translation>데이터베이스가 작업을 거부했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Records not sent yet</source>
        <translation>아직 보내지 못한 기록</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) taken while the server was away have not reached it yet. They stay on this PC and are sent the next time JobFair runs here and reaches the server. Quit now?</source>
        <translation>
            <numerusform>서버가 없는 동안 받은 기록 %n건이 아직 서버에 가지 않았습니다. 이 PC에 보관되며, 다음에 이 PC에서 JobFair를 실행해 서버에 연결되면 보내집니다. 지금 끝낼까요?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingPanel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/matching.py" line="+223" />
        <source>Matching</source>
        <translation>맞춤 알선</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No seeker found.</source>
        <translation>구직자를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+104" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="-97" />
        <source>No opening matches this seeker's details.</source>
        <translation>이 구직자의 조건에 맞는 채용 공고가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n opening(s) suit this seeker, best first.</source>
        <translation>
            <numerusform>이 구직자에게 맞는 채용 공고 %n건 (적합도순)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>No opening is marked for {name}: mark the ones to recommend with Ctrl+R, then print the slip.</source>
        <translation>{name} 님에게 추천으로 표시한 채용 건이 없습니다. 추천할 채용 건을 Ctrl+R로 표시한 뒤 안내문을 출력하세요.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save the slip of booths as PDF</source>
        <translation>추천 부스 안내를 PDF로 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recommended booths</source>
        <translation>추천부스안내</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Save the candidate list as PDF</source>
        <translation>추천 구직자 명단을 PDF로 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Candidates</source>
        <translation>추천구직자명단</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Withdraw recommendation (Ctrl+R)</source>
        <translation>추천 취소 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recommend (Ctrl+R)</source>
        <translation>알선 추천 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>By seeker</source>
        <translation>구직자별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By employer</source>
        <translation>기업별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find a seeker (name or badge number):</source>
        <translation>구직자 찾기 - 이름 또는 명찰 번호(&amp;F):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name or badge number, then Enter</source>
        <translation>이름 또는 명찰 번호 입력 후 Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Employer</source>
        <translation>참여기업</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opening</source>
        <translation>채용 직종</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>적합도</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Recommended</source>
        <translation>추천함</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+4" />
        <source>Why</source>
        <translation>추천 사유</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Age</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Desired job</source>
        <translation>희망직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lives in</source>
        <translation>거주지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Best opening</source>
        <translation>가장 맞는 직종</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print slip of booths (Ctrl+P)</source>
        <translation>추천 부스 안내문 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Employer:</source>
        <translation>참여기업(&amp;E):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print candidate list (Ctrl+P)</source>
        <translation>추천 구직자 명단 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only job seekers who consented to their details being given to employers are listed.</source>
        <translation>참여기업 제공에 동의한 구직자만 표시합니다.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <location filename="../../jobfair/gui/common/offline.py" line="+212" />
        <source>Offline · {count} waiting</source>
        <translation>오프라인 · {count}건 대기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sending · {count} waiting</source>
        <translation>전송 중 · {count}건 대기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Online</source>
        <translation>온라인</translation>
    </message>
</context>
<context>
    <name>OpeningsPage</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/openings.py" line="+51" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+113" />
        <source>Openings &amp;of</source>
        <translation>모집직종 업체(&amp;O)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Title</source>
        <translation>모집직종(&amp;T)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Occupation (KECO)</source>
        <translation>직종(KECO)(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Headcount</source>
        <translation>구인인원(&amp;H)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Em&amp;ployment</source>
        <translation>고용형태(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Wage</source>
        <translation>임금(&amp;W)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Place of wor&amp;k</source>
        <translation>근무지(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Requires</source>
        <translation>요구 응답(&amp;R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a major group or a code, e.g. 023</source>
        <translation>대분류 또는 코드, 예: 023</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 월 250만원</source>
        <translation>예: 월 250만원</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An answer the opening asks of one of the fair's choice or yes / no fields: the matching favours seekers who gave it.</source>
        <translation>박람회 자체 항목(선택형 또는 예/아니요) 가운데 이 채용이 요구하는 응답입니다. 맞춤 알선에서 그렇게 응답한 구직자를 우선합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+45" />
        <source>(nothing)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="-43" />
        <source>&amp;New opening</source>
        <translation>새 모집직종(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New opening</source>
        <translation>새 모집직종</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="vanished">추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opening</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This employer: {positions} positions in {openings} openings. The fair: {fair_positions} positions.</source>
        <translation>이 업체: 모집직종 {openings}건, 구인인원 {positions}명. 박람회 전체: 구인인원 {fair_positions}명.</translation>
    </message>
    <message>
        <location line="+166" />
        <source>A KECO code is made of digits, e.g. 8 or 023.</source>
        <translation>KECO 코드는 숫자입니다. 예: 8 또는 023.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add an opening</source>
        <translation>모집직종 추가</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the opening</source>
        <translation>모집직종 저장</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the opening</source>
        <translation>모집직종 삭제</translation>
    </message>
</context>
<context>
    <name>OrganizerActions</name>
    <message>
        <location filename="../../jobfair/gui/organizer/actions.py" line="+42" />
        <source>Choose a fair first (or load the demo fair).</source>
        <translation>먼저 박람회를 고르세요(또는 데모 박람회를 불러오세요).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Import job seekers</source>
        <translation>구직자 명단 가져오기</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Print all badges</source>
        <translation>명찰 일괄 인쇄</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Reprint a badge</source>
        <translation>명찰 재발급</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print the badge</source>
        <translation>명찰 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Interview confirmation</source>
        <translation>면접확인서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print the confirmation</source>
        <translation>면접확인서 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Employer result packs</source>
        <translation>참여기업별 결과 자료</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annul a check-in or interview</source>
        <translation>접수·면접 기록 취소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show the records</source>
        <translation>기록 보기(&amp;S)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paper sheets</source>
        <translation>종이 결과표</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Purge personal data</source>
        <translation>개인정보 파기</translation>
    </message>
</context>
<context>
    <name>OrganizerReports</name>
    <message>
        <location filename="../../jobfair/gui/organizer/reports.py" line="+69" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (UTF-8) (*.csv)</source>
        <translation>CSV 파일 (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <location line="+10" />
        <location line="+74" />
        <location line="+72" />
        <source>End-of-day summary</source>
        <translation>결과 보고서</translation>
    </message>
    <message>
        <location line="-161" />
        <source>Language of the summary:</source>
        <translation>보고서 언어:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add the approval box (결재란) for signatures?</source>
        <translation>서명할 결재란을 넣을까요?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The summary is ready.</source>
        <translation>결과 보고서가 준비되었습니다.</translation>
    </message>
    <message>
        <source>Printing directly is not available on this computer; save the PDF and print it from a PDF viewer.</source>
        <translation type="vanished">이 컴퓨터에서는 바로 인쇄할 수 없습니다. PDF로 저장한 뒤 PDF 뷰어에서 인쇄하십시오.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">인쇄…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="vanished">PDF로 저장…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print the summary</source>
        <translation>결과 보고서 인쇄</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+115" />
        <source>Choose a fair first.</source>
        <translation>먼저 박람회를 선택하십시오.</translation>
    </message>
    <message>
        <location line="-74" />
        <source>Making the summary…</source>
        <translation>결과 보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {target}: {reason}. It is kept in {path}.</source>
        <translation type="vanished">PDF를 {target}에 저장하지 못했습니다: {reason}. 파일은 {path}에 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Saved the summary to {path}.</source>
        <translation>결과 보고서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export to Excel</source>
        <translation>Excel로 내보내기</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file could not be written: {reason}</source>
        <translation>파일을 저장하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>OrganizerScreen</name>
    <message>
        <source>Not available</source>
        <translation type="vanished">사용할 수 없음</translation>
    </message>
    <message>
        <source>Reports and exports are not part of this version yet.</source>
        <translation type="vanished">이 버전에는 아직 보고서와 내보내기 기능이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/organizer/screen.py" line="+309" />
        <source>Dashboard</source>
        <translation>현황판</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setup</source>
        <translation>박람회 설정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper sheets</source>
        <translation>종이 결과표</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>사후관리</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matching</source>
        <translation>맞춤 알선</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit log</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Offline conflicts</source>
        <translation>오프라인 충돌</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rehearsal records</source>
        <translation>리허설 기록</translation>
    </message>
    <message>
        <location line="+139" />
        <source>A booth that noted its interviews on paper: key its sheet here, line by line (badge number, then the outcome key). The dashboard counts the lines once saved.</source>
        <translation>면접 결과를 종이에 적은 부스의 결과표를 여기서 한 줄씩 입력합니다(명찰 번호, 그다음 결과 키). 저장하면 현황판에 반영됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key a paper result sheet…</source>
        <translation>종이 결과표 입력…</translation>
    </message>
    <message>
        <source>The setup screens are not part of this version yet. Employers, booths and openings can be imported with 'jobfair import' meanwhile.</source>
        <translation type="vanished">이 버전에는 아직 설정 화면이 없습니다. 그동안 기업, 부스, 구인공고는 'jobfair import'로 가져올 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../jobfair/gui/booth/card.py" line="+262" />
        <source>Opening (Up/Down):</source>
        <translation>채용분야 (위/아래):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Notes (optional; Tab to go here, Enter back)</source>
        <translation>메모 (선택; Tab으로 이동, Enter로 돌아감)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rating (+ / -):</source>
        <translation>평점 (+ / -):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rate {n} of 5</source>
        <translation>5점 중 {n}점</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Press 1 hired · 2 second interview · 3 pending · 4 not hired · 0 or Enter: leave open</source>
        <translation>1 현장채용 · 2 2차면접 · 3 채용예정 · 4 불합격 · 0 또는 Enter: 나중에 결정</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scan a badge or type its number in the field above.</source>
        <translation>명찰을 스캔하거나 위 칸에 번호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{title} · {hires} of {headcount} hired</source>
        <translation>{title} · {headcount}명 중 {hires}명 채용</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <location filename="../../jobfair/gui/common/paper_sheet.py" line="+207" />
        <location line="+183" />
        <source>Paper result sheet</source>
        <translation>종이 결과표 입력</translation>
    </message>
    <message>
        <location line="-181" />
        <source>Type each line of the booth's sheet: badge number, Enter, outcome key (1 hired, 2 second interview, 3 pending, 4 not hired, empty: decide later), Enter. The sheet is saved whole or not at all.</source>
        <translation>부스 결과표를 한 줄씩 입력하세요: 명찰 번호, Enter, 결과 키 (1 현장채용, 2 2차면접, 3 채용예정, 4 불합격, 빈칸: 나중에 결정), Enter. 결과표는 전부 저장되거나 전혀 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth:</source>
        <translation>부스:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hires count against:</source>
        <translation>채용 집계 분야:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Badge number</source>
        <translation>명찰 번호</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outcome key</source>
        <translation>결과 키</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Seeker</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hires beyond a headcount are confirmed</source>
        <translation>구인인원을 넘는 채용을 확인함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seekers interviewed at this booth before: add another</source>
        <translation>이 부스에서 이미 면접한 구직자: 면접 추가</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{title} ({hires} of {headcount} hired)</source>
        <translation>{title} ({headcount}명 중 {hires}명 채용)</translation>
    </message>
    <message>
        <location line="+72" />
        <source>{count} line(s) have errors; fix them to save.</source>
        <translation>{count}줄에 오류가 있습니다. 고쳐야 저장됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} line(s), all fine.</source>
        <translation>{count}줄, 모두 정상입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>To add another interview of someone interviewed at this booth before, tick “{box}”.</source>
        <translation>이 부스에서 이미 면접한 구직자의 면접을 한 번 더 기록하려면 ‘{box}’에 표시하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To hire beyond the headcount, tick “{box}”.</source>
        <translation>구인인원을 넘겨 채용하려면 ‘{box}’에 표시하세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>#{number} {name}</source>
        <translation>#{number} {name}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+6" />
        <location line="+3" />
        <source>Sheet not saved</source>
        <translation>결과표를 저장하지 않음</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sheet saved</source>
        <translation>결과표 저장됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} interview(s) saved, {hires} hired.</source>
        <translation>면접 {count}건 저장, 현장채용 {hires}명.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Discard the {count} line(s) typed? They have not been saved.</source>
        <translation>입력한 {count}줄을 버릴까요? 아직 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/import_dialog.py" line="-442" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../jobfair/gui/organizer/purge.py" line="+191" />
        <location line="+87" />
        <location line="+6" />
        <source>Purge personal data</source>
        <translation>개인정보 파기</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Removing the personal data…</source>
        <translation>개인정보를 파기하는 중…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Rebuilding the database files…</source>
        <translation>데이터베이스 파일을 다시 만드는 중…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The personal data of {fair} is removed ({count} job seekers). The figures stay.</source>
        <translation>{fair}의 개인정보를 파기했습니다(구직자 {count}명). 실적 수치는 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Counting what the purge would remove from {fair}…</source>
        <translation>{fair}에서 파기할 개인정보를 세는 중…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This removes for good the names, phones, birth dates, residence, desired jobs, notes and free text of {fair}: {seekers} job seekers, {contacts} employers' contact persons, {events} audit log entries. The figures and breakdowns stay as they are. It cannot be undone.</source>
        <translation>{fair}의 이름, 전화번호, 생년월일, 거주지, 희망 직무, 메모와 자유 기재 내용을 영구히 지웁니다: 구직자 {seekers}명, 참여기업 담당자 {contacts}명, 감사 기록 {events}건. 실적 수치와 분석 결과는 그대로 남습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Also {values} recorded values (sync conflicts), {items} delivered offline records and {copies} job seekers in offline copies on this PC.</source>
        <translation>또한 기록된 값 {values}건(동기화 충돌), 이 PC의 전달된 오프라인 기록 {items}건, 오프라인 사본의 구직자 {copies}명도 지웁니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This fair was purged before; what was added since goes too.</source>
        <translation>이 박람회는 이미 파기한 적이 있습니다. 그 뒤에 추가된 개인정보도 지웁니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its retention period ended on {day}.</source>
        <translation>보유 기간이 {day}에 끝났습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its retention period ends on {day}: the data may still be needed until then.</source>
        <translation>보유 기간은 {day}까지입니다. 그때까지는 자료가 필요할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To purge it before then, type the reason; it is recorded in the audit log.</source>
        <translation>그 전에 파기하려면 사유를 입력하십시오. 사유는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason for purging before the retention date:</source>
        <translation>보존 기한 전에 파기하는 사유:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the cleanup again</source>
        <translation>정리 다시 실행</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To confirm, type the fair's name: {fair}</source>
        <translation>확인하려면 박람회 이름을 입력하세요: {fair}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purge for good</source>
        <translation>영구 파기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../jobfair/gui/common/language.py" line="+29" />
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+1" />
        <source>Page &amp;Set:</source>
        <translation>쪽 집합(&amp;S):</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <location filename="../../jobfair/gui/common/question_bar.py" line="+133" />
        <source>{answer} (Ctrl+Y)</source>
        <translation>{answer} (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No (Esc)</source>
        <translation>아니요 (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why? (required)</source>
        <translation>사유 (필수)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../jobfair/gui/booth/queue.py" line="+65" />
        <source>Next (F3)</source>
        <translation>다음 (F3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left the queue</source>
        <translation>대기 취소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nobody is waiting.</source>
        <translation>대기자가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A newcomer would wait about {minutes} min (this booth's pace today: {length:.0f} min an interview).</source>
        <translation>지금 줄을 서면 약 {minutes}분 대기 (오늘 이 부스의 면접 1건 평균 {length:.0f}분).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A newcomer would wait about {minutes} min (the fair's typical {length:.0f} min an interview, until this booth has about ten).</source>
        <translation>지금 줄을 서면 약 {minutes}분 대기 (이 부스의 면접이 10건쯤 쌓일 때까지는 박람회 보통 면접 시간 {length:.0f}분 기준).</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <location filename="../../jobfair/gui/booth/recent.py" line="+65" />
        <source>Undo (Ctrl+Z)</source>
        <translation>되돌리기 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change outcome</source>
        <translation>결과 바꾸기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record outcome</source>
        <translation>결과 기록</translation>
    </message>
    <message>
        <location line="+44" />
        <source>{time} {badge}{name}: {outcome}</source>
        <translation>{time} {badge}{name}: {outcome}</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/rehearsal.py" line="-61" />
        <source>Check-in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interview</source>
        <translation>면접</translation>
    </message>
    <message>
        <location line="+7" />
        <source>To be decided</source>
        <translation>결정 전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(undone)</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recorded</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+171" />
        <source>Discard rehearsal records</source>
        <translation>리허설 기록 삭제</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} rehearsal records discarded.</source>
        <translation>리허설 기록 {count}건을 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No rehearsal records: every check-in and interview was made on the fair's day ({date}).</source>
        <translation>리허설 기록이 없습니다. 모든 입장 확인과 면접이 박람회 당일({date})에 기록되었습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{total} rehearsal records: {checkins} check-ins and {interviews} interviews made on another day than the fair's ({date}). None of them counts.</source>
        <translation>리허설 기록 {total}건: 박람회 당일({date})이 아닌 날의 입장 확인 {checkins}건, 면접 {interviews}건. 모두 집계에서 빠집니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check-ins and interviews count only on the fair's day. Those made on another day (scanners tried the day before, say) are kept here as rehearsal records and left out of every figure; discard them once the rehearsal is over.</source>
        <translation>입장 확인과 면접은 박람회 당일의 기록만 집계됩니다. 다른 날(예: 전날 스캐너 시험)에 만든 기록은 리허설 기록으로 여기에 보관되고 모든 집계에서 빠집니다. 리허설이 끝나면 삭제하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reload</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard rehearsal records…</source>
        <translation>리허설 기록 삭제…</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../jobfair/gui/organizer/retention.py" line="+58" />
        <source>The retention period of personal data has ended for: {fairs}. Purge it: the figures stay.</source>
        <translation>다음 박람회의 개인정보 보유기간이 끝났습니다: {fairs}. 파기하십시오. 통계 수치는 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Purge now…</source>
        <translation>지금 파기…</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation type="vanished">개인정보 파기</translation>
    </message>
    <message>
        <source>Remove the names, phones, birth dates, notes and free text of these fairs for good?
{fairs}
The figures and breakdowns stay as they are. This cannot be undone.</source>
        <translation type="vanished">다음 박람회의 성명, 전화번호, 생년월일, 메모와 자유 기재 내용을 영구히 삭제하시겠습니까?
{fairs}
통계 수치와 분류별 집계는 그대로 남습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Personal data removed ({count} job seekers).</source>
        <translation type="vanished">개인정보를 파기했습니다 (구직자 {count}명).</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../jobfair/gui/booth/scan.py" line="+60" />
        <source>&amp;Badge:</source>
        <translation>명찰(&amp;B):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scan a badge, or type its number (#12) and Enter</source>
        <translation>명찰을 스캔하거나 번호(#12)를 입력하고 Enter</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Scan in as waiting: every scan joins the queue. F2 to stop.</source>
        <translation>대기 등록 모드: 스캔하면 대기열에 추가됩니다. F2로 끝냅니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan a badge or type its number, then Enter.</source>
        <translation>명찰을 스캔하거나 번호를 입력하고 Enter를 누르세요.</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../jobfair/gui/desk/scan.py" line="+215" />
        <source>Scan a badge, search, or register a walk-in.</source>
        <translation>명찰을 스캔하거나, 검색하거나, 현장 접수를 하세요.</translation>
    </message>
    <message>
        <location line="-58" />
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan or type a badge code, then Enter</source>
        <translation>명찰 스캔 또는 코드 입력 후 Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print badge</source>
        <translation>명찰 출력</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print where-to-go slip (Ctrl+G)</source>
        <translation>추천 부스 안내표 인쇄 (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recent check-ins</source>
        <translation>최근 입장 확인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo check-in…</source>
        <translation>입장 확인 취소…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Already checked in at {time}</source>
        <translation>{time}에 이미 입장 확인됨</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registered and checked in</source>
        <translation>접수 및 입장 확인 완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Where to go next: no opening with positions left fits them now.</source>
        <translation>추천 부스: 지금 맞는 채용 자리가 남은 부스가 없습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where to go next:</source>
        <translation>추천 부스:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>• {label} {employer}: {opening}, {left} more, wait about {minutes} min</source>
        <translation>• {label} {employer}: {opening}, {left}명 더 채용, 대기 약 {minutes}분</translation>
    </message>
    <message>
        <location line="+33" />
        <source>self-service</source>
        <translation>셀프 접수</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Born {year} · {band}</source>
        <translation>{year}년생 · {band}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Desired job: {job}</source>
        <translation>희망 직종: {job}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Part of the name, the last four digits of the phone, or #badge number</source>
        <translation type="vanished">이름 일부, 전화번호 뒤 4자리 또는 #명찰 번호</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/desk/search.py" line="+78" />
        <source>Part of the name, the last four digits of the phone, or #badge number. Down to choose, Enter to check in.</source>
        <translation>이름 일부, 전화번호 끝 네 자리 또는 #명찰번호. ↓로 고르고 Enter로 입장 확인합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search (F2)</source>
        <translation>검색 (F2)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{shown} of {total} shown: type more of the name.</source>
        <translation>{total}명 중 {shown}명 표시: 이름을 더 입력하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} found</source>
        <translation>{count}명 찾음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nobody found</source>
        <translation>찾은 사람 없음</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Choose a person first: Down, then Enter.</source>
        <translation>먼저 사람을 고르세요: ↓ 다음 Enter.</translation>
    </message>
</context>
<context>
    <name>SeekerCardView</name>
    <message>
        <location filename="../../jobfair/gui/booth/card.py" line="-147" />
        <source>Scan a badge to see the seeker</source>
        <translation>명찰을 스캔하면 구직자 정보가 나옵니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Age: {band}</source>
        <translation>연령대: {band}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Looks for: {job}</source>
        <translation>희망직종: {job}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Target groups: {groups}</source>
        <translation>취업지원 대상: {groups}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Offline: from this PC's list (no contact details)</source>
        <translation>오프라인: 이 PC의 명단에서 불러옴(연락처 없음)</translation>
    </message>
    <message>
        <source>Offline: from this PC's list of seekers. Contact details show again when the server is back.</source>
        <translation type="vanished">오프라인: 이 PC의 구직자 명단에서 불러왔습니다. 연락처는 서버가 돌아오면 다시 표시됩니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Phone: {phone} · Lives in: {residence}</source>
        <translation>전화: {phone} · 거주지: {residence}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Contact details not shared with employers (no consent).</source>
        <translation>연락처는 기업에 제공되지 않습니다 (제공 동의 없음).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Interviewed here before at {time}: {outcome}</source>
        <translation>{time}에 이 부스에서 면접함: {outcome}</translation>
    </message>
</context>
<context>
    <name>SeekerTableModel</name>
    <message>
        <location filename="../../jobfair/gui/desk/models.py" line="+22" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Born</source>
        <translation>출생연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked in</source>
        <translation>입장 확인</translation>
    </message>
</context>
<context>
    <name>SetupModels</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/booths.py" line="-311" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../jobfair/gui/organizer/setup/employers.py" line="-286" />
        <source>Employer</source>
        <translation>업체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place (row-column)</source>
        <translation>위치(행-열)</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/employers.py" line="+1" />
        <source>Business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Openings</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positions</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booths</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews</source>
        <translation>면접</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/openings.py" line="-325" />
        <source>Title</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupation (KECO)</source>
        <translation>직종(KECO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Headcount</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment</source>
        <translation>고용형태</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wage</source>
        <translation>임금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place of work</source>
        <translation>근무지</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/fields.py" line="-227" />
        <source>with the seeker record</source>
        <translation>구직자 기록과 함께</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{days} days</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label (Korean)</source>
        <translation>이름(한국어)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label (English)</source>
        <translation>이름(영어)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employers see</source>
        <translation>기업 공개</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitive</source>
        <translation>민감</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept</source>
        <translation>보유</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../jobfair/gui/organizer/setup/panel.py" line="+82" />
        <source>&amp;Fair</source>
        <translation>박람회(&amp;F)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Employers</source>
        <translation>구인업체(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Booths and floor</source>
        <translation>부스와 배치도(&amp;B)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Openings</source>
        <translation>모집직종(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Registration fields</source>
        <translation>등록 항목(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../jobfair/gui/shell/sign_in.py" line="+119" />
        <source>Enter your login name.</source>
        <translation>로그인 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter your PIN or password.</source>
        <translation>PIN이나 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database cannot be reached: {reason}</source>
        <translation>데이터베이스에 연결할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+7" />
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location line="-5" />
        <source>This fair's stations need a sign-in. Enter the login name and PIN the organizer gave you; what you record is saved under your name.</source>
        <translation>이 박람회의 스테이션은 로그인이 필요합니다. 운영본부에서 받은 로그인 이름과 PIN을 입력하세요. 기록하는 내용은 본인 이름으로 저장됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Login name:</source>
        <translation>로그인 이름(&amp;L):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;PIN or password:</source>
        <translation>PIN 또는 비밀번호(&amp;P):</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../jobfair/gui/shell/start_page.py" line="+136" />
        <source>Which station is this PC?</source>
        <translation>이 PC에서 어떤 업무를 하시나요?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press 1, 2 or 3, or use the arrow keys and Enter.</source>
        <translation>1, 2, 3 키를 누르거나, 화살표 키로 고른 뒤 Enter 키를 누르세요.</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <location filename="../../jobfair/gui/shell/menus.py" line="+53" />
        <source>&amp;Dashboard</source>
        <translation>현황판(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Setup</source>
        <translation>박람회 설정(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pa&amp;per sheets</source>
        <translation>종이 결과표(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow-up</source>
        <translation>사후관리(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Matching</source>
        <translation>맞춤 알선(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Audit log</source>
        <translation>감사 기록(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccounts</source>
        <translation>계정(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline co&amp;nflicts</source>
        <translation>오프라인 충돌(&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rehearsal records</source>
        <translation>리허설 기록(&amp;R)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>&amp;Import job seekers…</source>
        <translation>구직자 명단 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print all pre-registered &amp;badges…</source>
        <translation>사전등록자 명찰 일괄 인쇄(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reprint a badge…</source>
        <translation>명찰 재발급(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interview confirma&amp;tion…</source>
        <translation>면접확인서(&amp;T)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Printer and badge &amp;layout…</source>
        <translation>프린터와 명찰 양식(&amp;L)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>S&amp;ummary report…</source>
        <translation>결과 보고서(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport to Excel…</source>
        <translation>엑셀로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emp&amp;loyer result packs…</source>
        <translation>참여기업별 결과 자료(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annul a check-in or intervie&amp;w…</source>
        <translation>접수·면접 기록 취소(&amp;W)…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Import &amp;employers…</source>
        <translation>참여기업 명단 가져오기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cop&amp;y employers from an earlier fair…</source>
        <translation>이전 박람회에서 참여기업 복사(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Key a paper result sheet…</source>
        <translation>종이 결과표 입력(&amp;K)…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pur&amp;ge personal data…</source>
        <translation>개인정보 파기(&amp;G)…</translation>
    </message>
    <message>
        <location line="+74" />
        <source>&amp;Desk</source>
        <translation>접수처(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organizer</source>
        <translation>운영본부(&amp;O)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export a table as CS&amp;V</source>
        <translation>표 하나를 CSV로 내보내기(&amp;V)</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../jobfair/gui/desk/walkin.py" line="+213" />
        <source>Walk-in registration</source>
        <translation>현장 접수</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Name *</source>
        <translation>이름(&amp;N) *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Birth year or date *</source>
        <translation>출생연도 또는 생년월일(&amp;B) *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone *</source>
        <translation>연락처(&amp;P) *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Residence (city or county)</source>
        <translation>거주지(시·군)(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;x</source>
        <translation>성별(&amp;X)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired &amp;occupation</source>
        <translation>희망 직종 분류(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired &amp;job</source>
        <translation>희망 직무(&amp;J)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1990 or 1990-05-03</source>
        <translation>1990 또는 1990-05-03</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. forklift driver, sewing</source>
        <translation>예: 지게차 운전, 봉제</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not given</source>
        <translation>응답 안 함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target groups the person declares</source>
        <translation>본인이 밝힌 취업지원 대상</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Career break</source>
        <translation>경력단절여성</translation>
    </message>
    <message>
        <source>Career break (경력단절)</source>
        <translation type="vanished">경력단절여성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment-vulnerable</source>
        <translation>취약계층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discharged soldier</source>
        <translation>전역(예정)군인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability (needs the sensitive consent)</source>
        <translation>장애인 (민감정보 동의 필요)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Consent to personal information (PIPA)</source>
        <translation>개인정보 수집·이용 동의 (개인정보 보호법)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collection and use (required)</source>
        <translation>개인정보 수집·이용 동의 (필수)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provision to the employers (optional)</source>
        <translation>참여기업 제공 동의 (선택)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitive information (separate)</source>
        <translation>민감정보(장애 여부) 동의 (별도)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save, check in and print</source>
        <translation>저장 · 입장 확인 · 명찰 출력</translation>
    </message>
    <message>
        <source>I agree to the collection and use (required)</source>
        <translation type="vanished">개인정보 수집·이용에 동의합니다 (필수)</translation>
    </message>
    <message>
        <source>I agree to provision to the participating employers (optional)</source>
        <translation type="vanished">참여기업에 개인정보를 제공하는 데 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>I agree to the sensitive information (disability) being recorded (separate)</source>
        <translation type="vanished">민감정보(장애 여부)를 기록하는 데 동의합니다 (별도 동의)</translation>
    </message>
    <message>
        <source>Save, check in and print (Ctrl+Enter)</source>
        <translation type="vanished">저장 · 입장 확인 · 명찰 출력 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Purpose: to register you for this job fair, check you in, and arrange interviews with the participating employers; anonymous counts go into the fair's report.

Items: name, birth date or year, phone number; optional: residence (city or county), sex, desired occupation and job, target groups you declare.

Retention: {days} days after the fair, then destroyed; only anonymous counts are kept.

You may refuse. Without consent to the collection and use we cannot register you here (you may still visit the booths). Refusing provision to the employers or the sensitive information costs you nothing: you are registered all the same, the employers just do not receive your details from us.

Provision to third parties: the participating employers of this fair receive your name, birth year, phone number and desired job, to arrange interviews and contact you about their openings, and keep them until their hiring for this fair ends.

Sensitive information: a disability is recorded only with its own consent, to connect you with employers who hire persons with disabilities.

Notice version {version}.</source>
        <translation>수집·이용 목적: 이 채용박람회 참가 접수, 입장 확인, 참여기업과의 면접 주선. 익명 통계는 박람회 결과 보고서에 쓰입니다.

수집 항목: 이름, 생년월일 또는 출생연도, 연락처. 선택 항목: 거주지(시·군), 성별, 희망 직종과 직무, 본인이 밝힌 취업지원 대상.

보유 기간: 박람회가 끝난 뒤 {days}일 동안 보관하고 파기하며, 익명 통계만 남깁니다.

동의를 거부할 수 있습니다. 수집·이용에 동의하지 않으면 이곳에서 접수할 수 없습니다(기업 부스 방문은 가능합니다). 참여기업 제공이나 민감정보 처리에 동의하지 않아도 불이익은 없습니다. 똑같이 접수되며, 참여기업에 개인정보를 제공하지 않을 뿐입니다.

제3자 제공: 이 박람회의 참여기업이 면접 주선과 채용 관련 연락을 위해 이름, 출생연도, 연락처, 희망 직무를 제공받으며, 이 박람회를 통한 채용이 끝날 때까지 보유합니다.

민감정보: 장애 여부는 별도로 동의한 경우에만 기록하며, 장애인을 채용하는 기업과 연결하는 데에만 씁니다.

안내문 버전 {version}.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Enter the name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the birth year (1990) or the birth date (1990-05-03).</source>
        <translation>출생연도(1990) 또는 생년월일(1990-05-03)을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the birth year or date.</source>
        <translation>출생연도나 생년월일을 입력하세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the phone number.</source>
        <translation>연락처를 입력하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Without consent to the collection and use the person cannot be registered. Tick the box if they agree.</source>
        <translation>개인정보 수집·이용에 동의하지 않으면 접수할 수 없습니다. 동의하면 확인란에 표시하세요.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>Age groups: from the birth year</source>
        <translation>연령대: 출생연도로 계산</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Age groups: {groups}</source>
        <translation>연령대: {groups}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../jobfair/gui/shell/window_menus.py" line="+112" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load the &amp;demo fair</source>
        <translation>데모 박람회 불러오기(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Connect to database…</source>
        <translation>데이터베이스 연결(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tation</source>
        <translation>업무(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a station…</source>
        <translation>업무 선택 화면으로…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Hall screen</source>
        <translation>안내 화면(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kiosk (self-service check-in)</source>
        <translation>키오스크(셀프 접수)(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../jobfair/cli/argparse_texts.py" line="+25" />
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location line="+2" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 필요합니다: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one of the arguments %s is required</source>
        <translation>다음 인자 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자입니다: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r은(는) 고를 수 없는 값입니다 (고를 수 있는 값: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r은(는) 올바른 %(type)s 값이 아닙니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>%(parser_name)r은(는) 없는 명령입니다 (명령: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not allowed with argument %s</source>
        <translation>%s 인자와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ignored explicit argument %r</source>
        <translation>값을 받지 않는 옵션에 값 %r이(가) 주어졌습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s argument</source>
        <translation>값이 %s개 필요합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s arguments</source>
        <translation>값이 %s개 필요합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>%(option)s은(는) 여러 옵션(%(matches)s)으로 읽힐 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>'%(filename)s'을(를) 열 수 없습니다: %(error)s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>int</source>
        <translation>정수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>float</source>
        <translation>숫자</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../jobfair/services/audit/log.py" line="+44" />
        <source>Create</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check-in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind to booth</source>
        <translation>부스 연결</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy setup</source>
        <translation>설정 복사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purge personal data</source>
        <translation>개인정보 파기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper sheet</source>
        <translation>종이 결과지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recommend</source>
        <translation>추천</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdraw recommendation</source>
        <translation>추천 철회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Join queue</source>
        <translation>대기열 등록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call from queue</source>
        <translation>대기열 호출</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave queue</source>
        <translation>대기열 제외</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+78" />
        <source>Final outcome</source>
        <translation>최종 결과</translation>
    </message>
    <message>
        <location line="-77" />
        <source>Follow-up call</source>
        <translation>사후 관리 통화</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo check-in</source>
        <translation>체크인 취소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check-in replacing a rehearsal one</source>
        <translation>입장 확인(리허설 기록 대체)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard rehearsal record</source>
        <translation>리허설 기록 삭제</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed sign-in</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New PIN</source>
        <translation>PIN 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fair</source>
        <translation>박람회</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+48" />
        <source>Employer</source>
        <translation>참여기업</translation>
    </message>
    <message>
        <location line="-47" />
        <location line="+45" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="-44" />
        <location line="+45" />
        <source>Opening</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Seeker</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interview</source>
        <translation>면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth queue</source>
        <translation>부스 대기열</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recommendation</source>
        <translation>추천</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+40" />
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Offline conflict</source>
        <translation>오프라인 충돌</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+74" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo fair</source>
        <translation>데모 박람회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replaced the earlier demo</source>
        <translation>이전 데모 교체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hosts</source>
        <translation>주최</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organized by</source>
        <translation>주관</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opens at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closes at</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention (days)</source>
        <translation>보유 기간(일)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Typical interview (minutes)</source>
        <translation>보통 면접 시간(분)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Industry code</source>
        <translation>산업분류 코드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Company size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact phone</source>
        <translation>담당자 연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>담당자 이메일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth number</source>
        <translation>부스 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Floor row</source>
        <translation>배치 행</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Floor column</source>
        <translation>배치 열</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job title</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positions</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupation</source>
        <translation>직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment type</source>
        <translation>고용형태</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wage</source>
        <translation>임금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place of work</source>
        <translation>근무지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qualifications</source>
        <translation>자격</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job seeker</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copied from</source>
        <translation>복사 원본</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registered as</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked in by</source>
        <translation>입장 확인 방법</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Beyond the headcount</source>
        <translation>구인인원 초과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undone at</source>
        <translation>취소 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Called at</source>
        <translation>호출 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left the queue at</source>
        <translation>대기 종료 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong tries in a row</source>
        <translation>연속 오류 횟수</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Final outcome on</source>
        <translation>최종 결과일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up note</source>
        <translation>사후관리 메모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call result</source>
        <translation>통화 결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badges</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reprints</source>
        <translation>재발급</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First badge number</source>
        <translation>첫 명찰 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last badge number</source>
        <translation>마지막 명찰 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent notice</source>
        <translation>동의서 판</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employers</source>
        <translation>참여기업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Openings</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booths</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job seekers</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews</source>
        <translation>면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free text cleared</source>
        <translation>지운 자유 기재</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit entries scrubbed</source>
        <translation>지운 감사 기록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact persons cleared</source>
        <translation>지운 담당자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept</source>
        <translation>남긴 항목</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Login</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Active</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved at</source>
        <translation>해결 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved by</source>
        <translation>해결한 사람</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution</source>
        <translation>해결 메모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badge number</source>
        <translation>명찰 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth year</source>
        <translation>출생연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence</source>
        <translation>거주지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired occupation</source>
        <translation>희망 직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired job</source>
        <translation>희망 직무</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target groups</source>
        <translation>취업지원 대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No such login</source>
        <translation>없는 로그인 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account locked for a minute</source>
        <translation>1분간 잠김</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong PIN or password</source>
        <translation>PIN 또는 비밀번호 틀림</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviewed</source>
        <translation>면접함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left without an interview</source>
        <translation>면접 없이 떠남</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/organizer/audit_log.py" line="-80" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%n more</source>
        <translation>외 %n개</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record id</source>
        <translation>대상 ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event id</source>
        <translation>기록 ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Station id</source>
        <translation>스테이션 ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account id</source>
        <translation>계정 ID</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../jobfair/documents/badges.py" line="+89" />
        <source>Desired job</source>
        <translation>희망 직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../jobfair/cli/__init__.py" line="+46" />
        <source>database URL (default: JOBFAIR_DB, else a SQLite file in the data folder)</source>
        <translation>데이터베이스 주소 (기본값: JOBFAIR_DB, 없으면 데이터 폴더의 SQLite 파일)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>language of the output</source>
        <translation>출력 언어</translation>
    </message>
    <message>
        <location line="+6" />
        <source>make a new database at --db if there is none (else a missing one is an error)</source>
        <translation>--db에 데이터베이스가 없으면 새로 만듭니다(없으면 오류로 처리)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the account to sign in as, once the database has accounts (PIN: JOBFAIR_PIN)</source>
        <translation>로그인할 계정 (데이터베이스에 계정이 있을 때; PIN은 JOBFAIR_PIN)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>JobFair runs a recruitment fair: desk, booths and organizer.</source>
        <translation>JobFair는 채용박람회 운영 프로그램입니다: 접수처, 기업 부스, 운영본부.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>open the JobFair window (default)</source>
        <translation>JobFair 창 열기 (기본값)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>open the window straight on the hall screen (a TV or second monitor)</source>
        <translation>창을 바로 안내 화면으로 엽니다 (TV나 보조 모니터용)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only the booths whose label starts with PREFIX (default: the whole hall)</source>
        <translation>부스 번호가 PREFIX로 시작하는 부스만 (기본: 행사장 전체)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Korean and English alternating</source>
        <translation>한국어와 영어를 번갈아 표시</translation>
    </message>
    <message>
        <location line="+49" />
        <source>the database refused the operation: {reason}</source>
        <translation>데이터베이스가 작업을 거부했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/fair.py" line="+17" />
        <source>create the demo fair (2015 Yangju)</source>
        <translation>데모 박람회 만들기 (2015 양주)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>delete and recreate the demo</source>
        <translation>데모 박람회를 지우고 다시 만들기</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/account_commands.py" line="+75" />
        <source>PIN for {login}: </source>
        <translation>{login}의 PIN: </translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/account.py" line="+19" />
        <source>list and manage sign-in accounts</source>
        <translation>로그인 계정을 보고 관리</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list the accounts</source>
        <translation>계정 목록</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/base.py" line="+96" />
        <location filename="../../jobfair/cli/parsers/account.py" line="+1" />
        <location line="+21" />
        <location line="+8" />
        <location filename="../../jobfair/cli/parsers/booth.py" line="+29" />
        <location line="+35" />
        <location filename="../../jobfair/cli/parsers/desk.py" line="+68" />
        <location filename="../../jobfair/cli/parsers/fair.py" line="+2" />
        <location line="+5" />
        <location line="+6" />
        <location filename="../../jobfair/cli/parsers/matching.py" line="+26" />
        <location filename="../../jobfair/cli/parsers/purge.py" line="+47" />
        <location filename="../../jobfair/cli/parsers/rehearsal.py" line="+31" />
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/account.py" line="-25" />
        <source>add an account (the PIN from JOBFAIR_NEW_PIN, else asked twice)</source>
        <translation>계정 추가 (PIN은 JOBFAIR_NEW_PIN에서, 없으면 두 번 물어봄)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+20" />
        <source>the login name</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <location line="-17" />
        <source>what the account may do</source>
        <translation>계정의 역할</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the booth a booth account works for</source>
        <translation>부스 계정이 담당하는 부스</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../jobfair/cli/parsers/db_role.py" line="+29" />
        <source>fair id of the booth (default: latest)</source>
        <translation>부스가 있는 박람회 ID (기본값: 가장 최근 박람회)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the person's name, as shown</source>
        <translation>화면에 보일 사람 이름</translation>
    </message>
    <message>
        <location line="+3" />
        <source>give an account a new PIN (from JOBFAIR_NEW_PIN, else asked)</source>
        <translation>계정에 새 PIN 지정 (JOBFAIR_NEW_PIN에서, 없으면 물어봄)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>switch an account off: it can no longer sign in</source>
        <translation>계정 사용 중지: 더 이상 로그인할 수 없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>switch an account on again</source>
        <translation>계정을 다시 사용하게 함</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/account_commands.py" line="+17" />
        <source>New PIN saved for {login}.</source>
        <translation>{login}의 새 PIN을 저장했습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{login} is switched on.</source>
        <translation>{login} 계정을 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{login} is switched off: it can no longer sign in.</source>
        <translation>{login} 계정의 사용을 중지했습니다. 더 이상 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New PIN: </source>
        <translation>새 PIN: </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new PIN again: </source>
        <translation>새 PIN 확인: </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Account {login} added ({role}).</source>
        <translation>{login} 계정을 추가했습니다 ({role}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{role} {booth}</source>
        <translation>{role} {booth}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No accounts: nobody signs in, and every station acts as the organizer.</source>
        <translation>계정이 없습니다. 아무도 로그인하지 않으며 모든 스테이션이 운영본부로 일합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(switched off)</source>
        <translation>(사용 중지)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/fair.py" line="-8" />
        <source>list the fairs with their ids</source>
        <translation>박람회 목록과 ID 보기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>print a fair's figures</source>
        <translation>박람회 실적 출력</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/base.py" line="-8" />
        <location filename="../../jobfair/cli/parsers/booth.py" line="-37" />
        <location line="+15" />
        <location filename="../../jobfair/cli/parsers/desk.py" line="-45" />
        <location filename="../../jobfair/cli/parsers/fair.py" line="+2" />
        <location filename="../../jobfair/cli/parsers/report.py" line="+22" />
        <location line="+14" />
        <location line="+15" />
        <source>fair id (default: latest)</source>
        <translation>박람회 ID (기본값: 가장 최근 박람회)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/fair_commands.py" line="+26" />
        <source>Demo fair created: id {id}</source>
        <translation>데모 박람회를 만들었습니다: ID {id}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The demo fair exists already: id {id} (use --reset to recreate it)</source>
        <translation>데모 박람회가 이미 있습니다: ID {id} (다시 만들려면 --reset을 쓰세요)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No fairs yet. 'jobfair demo' loads the demo fair.</source>
        <translation>아직 박람회가 없습니다. 'jobfair demo' 명령으로 데모 박람회를 불러올 수 있습니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{numerator} / {denominator}</source>
        <translation>{numerator} ÷ {denominator}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} rehearsal records (made on another day than the fair's) are not counted; 'jobfair rehearsal --fair {fair}' lists them.</source>
        <translation>리허설 기록 {count}건(박람회 당일이 아닌 날의 기록)은 집계하지 않았습니다. 'jobfair rehearsal --fair {fair}'로 목록을 봅니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/desk.py" line="-3" />
        <source>print badges to a PDF file</source>
        <translation>명찰을 PDF 파일로 출력</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a seeker's id or badge number (#12); repeat for several (default: all)</source>
        <translation>구직자 ID 또는 명찰 번호(#12); 여러 명이면 반복 (기본: 전체)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>badge layout (default: a4-2x4)</source>
        <translation>명찰 양식 (기본: a4-2x4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>printer calibration: move right by MM</source>
        <translation>프린터 보정: 오른쪽으로 MM 이동</translation>
    </message>
    <message>
        <location line="+7" />
        <source>printer calibration: move down by MM</source>
        <translation>프린터 보정: 아래로 MM 이동</translation>
    </message>
    <message>
        <location line="+6" />
        <source>printer calibration: scale (1.0 = true size)</source>
        <translation>프린터 보정: 배율 (1.0 = 실제 크기)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../jobfair/cli/parsers/report.py" line="-21" />
        <source>the PDF file to write</source>
        <translation>저장할 PDF 파일</translation>
    </message>
    <message>
        <location line="+4" />
        <source>show what a scanned badge code resolves to</source>
        <translation>스캔한 명찰 코드가 누구인지 표시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>check a seeker in by badge code, as the desk does</source>
        <translation>명찰 코드로 구직자 접수(입장 확인), 접수대와 동일</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the badge code</source>
        <translation>명찰 코드</translation>
    </message>
    <message>
        <location line="+7" />
        <source>undo the seeker's check-in (a slip at the desk); needs --reason</source>
        <translation>구직자의 입장 확인을 취소(접수대의 실수); --reason 필요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>why the check-in is undone</source>
        <translation>체크인 취소 사유</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/desk_commands.py" line="+43" />
        <source>The fair has no seekers: no badges to print.</source>
        <translation>박람회에 구직자가 없어 출력할 명찰이 없습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{badges} badges on {pages} pages written to {path} ({reprints} reprints).</source>
        <translation>명찰 {badges}장을 {pages}쪽에 담아 {path}에 저장했습니다 (재출력 {reprints}장).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>checked in at {time}</source>
        <translation>{time} 접수</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not checked in</source>
        <translation>미접수</translation>
    </message>
    <message>
        <location line="+22" />
        <source>#{badge} {name} was already checked in at {time}.</source>
        <translation>#{badge} {name}님은 이미 {time}에 접수했습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>#{badge} {name} checked in at {time}.</source>
        <translation>#{badge} {name}님 {time} 접수 완료.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>#{badge} {name}: the check-in of {time} was undone ({reason}).</source>
        <translation>#{badge} {name}: {time} 입장 확인을 취소했습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/desk.py" line="+7" />
        <source>import a list from a file</source>
        <translation>파일에서 명단 가져오기</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import pre-registered seekers from an XLSX or CSV file (all or nothing)</source>
        <translation>XLSX 또는 CSV 파일에서 사전 등록 구직자 가져오기 (전부 저장하거나 하나도 저장하지 않음)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/base.py" line="-26" />
        <source>'{value}' is not a whole number from 1 to {limit:,}</source>
        <translation>'{value}'은(는) 1부터 {limit:,}까지의 정수가 아닙니다</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the .xlsx or .csv file</source>
        <translation>.xlsx 또는 .csv 파일</translation>
    </message>
    <message>
        <location line="+5" />
        <source>worksheet (default: the first)</source>
        <translation>시트 (기본값: 첫 번째 시트)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>check every row, save nothing</source>
        <translation>모든 행을 검사만 하고 저장하지 않음</translation>
    </message>
    <message>
        <location line="+28" />
        <source>row {row} ({field}): {message}</source>
        <translation>{row}행 ({field}): {message}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{rows} rows, {bad} with errors: nothing was imported.</source>
        <translation>{rows}행 중 {bad}행에 오류가 있어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>replace the output file if it exists</source>
        <translation>출력 파일이 이미 있으면 바꿔 씁니다</translation>
    </message>
    <message>
        <location line="+20" />
        <source>when it happened, "YYYY-MM-DD HH:MM" in the fair's local time (default: now); records of another day than the fair's are rehearsal records and do not count</source>
        <translation>실제로 있었던 시각, 박람회 현지 시각으로 "YYYY-MM-DD HH:MM"(기본값: 지금); 박람회 당일이 아닌 날의 기록은 리허설 기록으로 집계되지 않음</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Rehearsal: {day} is not the fair's day ({date}), so this record does not count. Give --at with the time it happened, or discard it with 'jobfair rehearsal --fair {fair} --discard'.</source>
        <translation>리허설: {day}은(는) 박람회 당일({date})이 아니므로 이 기록은 집계되지 않습니다. 실제 시각을 --at으로 주거나, 'jobfair rehearsal --fair {fair} --discard'로 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/desk_commands.py" line="+32" />
        <source>{rows} rows checked, all valid; nothing was saved (dry run).</source>
        <translation>{rows}행을 검사했으며 모두 올바릅니다. 시험 실행이므로 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} seekers imported (badge numbers {first} to {last}).</source>
        <translation>구직자 {count}명을 가져왔습니다(명찰 번호 {first}~{last}번).</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../jobfair/cli/setup_commands.py" line="+40" />
        <source>The file has no rows to import.</source>
        <translation>파일에 가져올 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/booth.py" line="-18" />
        <source>list the booths with their openings</source>
        <translation>부스와 구인공고 목록 보기</translation>
    </message>
    <message>
        <location line="+9" />
        <source>log an interview as the booth screen does</source>
        <translation>기업 부스 화면처럼 면접 기록하기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>badge code, badge number (#123) or id</source>
        <translation>명찰 코드, 명찰 번호(#123) 또는 ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the booth's label</source>
        <translation>부스 번호</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the opening's id</source>
        <translation>구인공고 ID</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the outcome (default: decided later)</source>
        <translation>면접 결과 (기본값: 나중에 결정)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>notes on the interview</source>
        <translation>면접 메모</translation>
    </message>
    <message>
        <location line="+4" />
        <source>confirm a hire beyond the opening's headcount</source>
        <translation>구인인원을 넘는 채용을 확인</translation>
    </message>
    <message>
        <location line="+5" />
        <source>confirm another interview of a seeker seen at this booth</source>
        <translation>이 부스에서 이미 면접한 구직자의 면접을 한 번 더 기록</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/booth_commands.py" line="+42" />
        <source>The fair has no booths yet.</source>
        <translation>이 박람회에는 아직 부스가 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{hires} of {headcount} hired</source>
        <translation>{headcount}명 중 {hires}명 채용</translation>
    </message>
    <message>
        <location line="+74" />
        <location filename="../../jobfair/cli/rehearsal_commands.py" line="+94" />
        <source>to be decided</source>
        <translation>결정 전</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interview saved: #{badge} {name} at booth {booth}: {outcome}</source>
        <translation>면접을 저장했습니다: 명찰 {badge}번 {name}, {booth} 부스, {outcome}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{title}: {hires} of {headcount} hired</source>
        <translation>{title}: {headcount}명 중 {hires}명 채용</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(beyond the headcount, confirmed)</source>
        <translation>(구인인원 초과, 확인함)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/__init__.py" line="-7" />
        <location line="+10" />
        <source>jobfair: </source>
        <translation>jobfair: </translation>
    </message>
    <message>
        <source>jobfair: the database refused the operation: {reason}</source>
        <translation type="vanished">jobfair: 데이터베이스가 작업을 거부했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/report.py" line="-11" />
        <source>write the end-of-day summary PDF (Korean unless --lang en)</source>
        <translation>결과 보고서 PDF 만들기 (--lang en이 아니면 한국어)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>add the approval box; optionally its titles, comma-separated</source>
        <translation>결재란 넣기; 직위를 쉼표로 나누어 지정할 수 있음</translation>
    </message>
    <message>
        <location line="+7" />
        <source>export the fair to an Excel workbook, or one table to CSV</source>
        <translation>박람회 자료를 Excel 통합 문서로, 또는 표 하나를 CSV로 내보내기</translation>
    </message>
    <message>
        <location line="+7" />
        <source>write only this table, as CSV: {names}</source>
        <translation>이 표만 CSV로 저장: {names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the .xlsx file to write (.csv with --table)</source>
        <translation>저장할 .xlsx 파일 (--table이면 .csv)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write each employer's result pack (XLSX and one-page PDF) into a folder</source>
        <translation>참여기업별 결과 자료(엑셀과 한 쪽 PDF)를 폴더에 저장</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the folder to write the packs into</source>
        <translation>결과 자료를 저장할 폴더</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replace pack files that exist</source>
        <translation>이미 있는 결과 자료 파일을 바꿈</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/report_commands.py" line="+48" />
        <source>Saved the summary of {fair} to {path}</source>
        <translation>{fair} 결과 보고서를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Saved {count} employer packs to {path}</source>
        <translation>참여기업 {count}곳의 결과 자료를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/desk.py" line="+13" />
        <source>import employers and their openings from an XLSX or CSV file (all or nothing)</source>
        <translation>XLSX 또는 CSV 파일에서 구인업체와 모집직종 가져오기 (전부 아니면 전무)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/setup_commands.py" line="-12" />
        <source>{rows} rows checked, all valid: {employers} employers, {openings} openings, {positions} positions; nothing was saved (dry run).</source>
        <translation>{rows}행 확인, 모두 정상: 업체 {employers}곳, 모집직종 {openings}건, 구인인원 {positions}명. 저장하지 않았습니다 (시험 실행).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{employers} employers imported with {openings} openings ({positions} positions).</source>
        <translation>업체 {employers}곳, 모집직종 {openings}건(구인인원 {positions}명)을 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/matching.py" line="-8" />
        <source>rank openings for a seeker, or candidates for an employer</source>
        <translation>구직자에게 맞는 채용 공고, 또는 기업에 맞는 구직자를 순위대로 보여 줍니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the seeker's id (UUID)</source>
        <translation>구직자 ID (UUID)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>employer id</source>
        <translation>참여기업 ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at most this many</source>
        <translation>최대 개수</translation>
    </message>
    <message>
        <source>remove a fair's personal data for good; the figures stay (asks nothing)</source>
        <translation type="vanished">박람회의 개인정보를 영구히 파기합니다. 통계 수치는 남습니다 (확인을 묻지 않음)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/purge.py" line="-29" />
        <source>remove a fair's personal data for good; the figures stay (needs --yes)</source>
        <translation>박람회의 개인정보를 영구히 지웁니다. 통계는 남습니다(--yes 필요)</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../jobfair/cli/parsers/rehearsal.py" line="-6" />
        <source>fair id</source>
        <translation>박람회 ID</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only count what would be removed</source>
        <translation>파기할 항목을 세기만 합니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>really remove it (without: show what would go, remove nothing)</source>
        <translation>실제로 지웁니다(없으면: 지울 내용만 보여 주고 아무것도 지우지 않음)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>purge although the fair's retention period has not ended (needs --reason)</source>
        <translation>박람회의 보존 기간이 끝나지 않았어도 파기합니다(--reason 필요)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>why the fair is purged before its retention date (audited)</source>
        <translation>보존 기한 전에 파기하는 사유(감사 기록에 남음)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only rebuild the database files after a purge whose cleanup could not finish</source>
        <translation>정리를 끝내지 못한 파기 뒤에 데이터베이스 파일만 다시 만듭니다</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/purge_commands.py" line="+45" />
        <source>(jobfair purge --fair {id} --cleanup-only)</source>
        <translation>(jobfair purge --fair {id} --cleanup-only)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>jobfair purge: --before-retention needs --reason TEXT</source>
        <translation>jobfair purge: --before-retention에는 --reason 사유가 필요합니다</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database files are rebuilt.</source>
        <translation>데이터베이스 파일을 다시 만들었습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(--before-retention --reason TEXT)</source>
        <translation>(--before-retention --reason 사유)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>jobfair: nothing was removed. To remove it for good, add --yes.</source>
        <translation>jobfair: 아무것도 지우지 않았습니다. 영구히 지우려면 --yes를 붙이십시오.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dry run: nothing was removed. A purge would remove:</source>
        <translation>시험 실행: 아무것도 삭제하지 않았습니다. 파기하면 삭제될 항목:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Personal data of fair {id} removed:</source>
        <translation>박람회 {id}의 개인정보를 파기했습니다:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  seekers' names, phones, birth dates, residence and desired jobs: {n}</source>
        <translation>  구직자 성명·전화번호·생년월일·거주지·희망직종: {n}명</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  free text in {where}: {n}</source>
        <translation>  {where}의 자유 기재 내용: {n}건</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  recorded values in {where}: {n}</source>
        <translation>  {where}의 기록된 값: {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  employers' contact persons: {n}</source>
        <translation>  참여기업 담당자 연락처: {n}곳</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  audit log entries scrubbed: {n}</source>
        <translation>  감사 기록에서 지운 항목: {n}건</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  delivered offline records on this PC: {n}</source>
        <translation>  이 PC의 전달된 오프라인 기록: {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  job seekers in this PC's offline copy: {n}</source>
        <translation>  이 PC 오프라인 사본의 구직자: {n}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  before the retention date, because: {reason}</source>
        <translation>  보존 기한 전 파기 사유: {reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kept for the anonymous figures: birth year, sex, desired occupation, target groups, consents, check-ins, interviews and outcomes.</source>
        <translation>익명 통계를 위해 남기는 항목: 출생연도, 성별, 희망직종 코드, 취업지원 대상, 동의 여부, 입장, 면접과 결과.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/rehearsal.py" line="-6" />
        <source>list the rehearsal records (made on another day than the fair's), or discard them</source>
        <translation>리허설 기록(박람회 당일이 아닌 날의 기록)을 나열하거나 삭제</translation>
    </message>
    <message>
        <location line="+10" />
        <source>delete them for good (organizer only; audited)</source>
        <translation>영구 삭제(운영본부만; 감사 기록에 남음)</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/rehearsal_commands.py" line="-65" />
        <source>{count} rehearsal records discarded.</source>
        <translation>리허설 기록 {count}건을 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>No rehearsal records: every check-in and interview of {fair} was made on the fair's day ({date}).</source>
        <translation>리허설 기록이 없습니다: {fair}의 모든 입장 확인과 면접이 박람회 당일({date})에 기록되었습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{fair} ({date}): {total} rehearsal records, {checkins} check-ins and {interviews} interviews made on another day; none of them counts.</source>
        <translation>{fair} ({date}): 리허설 기록 {total}건, 다른 날의 입장 확인 {checkins}건과 면접 {interviews}건; 모두 집계되지 않습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>check-in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>interview</source>
        <translation>면접</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(undone)</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'jobfair rehearsal --fair {fair} --discard' deletes them.</source>
        <translation>'jobfair rehearsal --fair {fair} --discard'로 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/db_role.py" line="-10" />
        <source>PostgreSQL: set up the database roles, or add a station's login (run as the database's owner)</source>
        <translation>PostgreSQL: 데이터베이스 역할을 설정하거나 스테이션 로그인을 추가합니다(데이터베이스 소유자로 실행)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a station's database login to create or update</source>
        <translation>만들거나 바꿀 스테이션의 데이터베이스 로그인</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the login's role</source>
        <translation>로그인의 역할</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the booth a booth login works for</source>
        <translation>부스 로그인이 일하는 부스</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/db_role_commands.py" line="+39" />
        <source>The login's password: </source>
        <translation>로그인 비밀번호: </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password again: </source>
        <translation>비밀번호 다시 입력: </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Database roles set up: {roles}.</source>
        <translation>데이터베이스 역할을 설정했습니다: {roles}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Login {login} works as {role}.</source>
        <translation>로그인 {login}은(는) {role}(으)로 일합니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/parsers/kiosk.py" line="+17" />
        <source>open the window straight on the self-service kiosk (full screen, locked by a staff PIN)</source>
        <translation>셀프 접수 키오스크로 바로 창을 엽니다(전체 화면, 직원 PIN으로 잠김)</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../jobfair/domain/codes.py" line="+26" />
        <source>Hired on the spot</source>
        <translation>현장채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second interview</source>
        <translation>2차면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>채용예정·검토</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not hired</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Permanent</source>
        <translation>정규직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fixed-term</source>
        <translation>계약직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Part-time</source>
        <translation>시간제</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily</source>
        <translation>일용직</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Small enterprise</source>
        <translation>소기업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium-sized enterprise</source>
        <translation>중기업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mid-tier enterprise</source>
        <translation>중견기업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large enterprise</source>
        <translation>대기업</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Management, office, finance and insurance</source>
        <translation>경영·사무·금융·보험직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Research and engineering</source>
        <translation>연구직 및 공학기술직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Education, law, social welfare, police, fire-fighting and the military</source>
        <translation>교육·법률·사회복지·경찰·소방직 및 군인</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Health and medical care</source>
        <translation>보건·의료직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arts, design, broadcasting and sports</source>
        <translation>예술·디자인·방송·스포츠직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Beauty, travel, lodging, food service, security and cleaning</source>
        <translation>미용·여행·숙박·음식·경비·청소직</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sales, driving and transport</source>
        <translation>영업·판매·운전·운송직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Construction and mining</source>
        <translation>건설·채굴직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installation, maintenance and production</source>
        <translation>설치·정비·생산직</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agriculture, forestry and fishery</source>
        <translation>농림어업직</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Agriculture, forestry and fishing</source>
        <translation>농업, 임업 및 어업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mining and quarrying</source>
        <translation>광업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manufacturing</source>
        <translation>제조업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Electricity, gas, steam and air conditioning supply</source>
        <translation>전기, 가스, 증기 및 공기 조절 공급업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Water supply; sewage, waste management and materials recovery</source>
        <translation>수도, 하수 및 폐기물 처리, 원료 재생업</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Construction</source>
        <translation>건설업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wholesale and retail trade</source>
        <translation>도매 및 소매업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transportation and storage</source>
        <translation>운수 및 창고업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accommodation and food service activities</source>
        <translation>숙박 및 음식점업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information and communication</source>
        <translation>정보통신업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Financial and insurance activities</source>
        <translation>금융 및 보험업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Real estate activities</source>
        <translation>부동산업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Professional, scientific and technical activities</source>
        <translation>전문, 과학 및 기술 서비스업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business facilities management and business support services; rental and leasing</source>
        <translation>사업시설 관리, 사업 지원 및 임대 서비스업</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Public administration and defence; compulsory social security</source>
        <translation>공공 행정, 국방 및 사회보장 행정</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Education</source>
        <translation>교육 서비스업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Human health and social work activities</source>
        <translation>보건업 및 사회복지 서비스업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arts, sports and recreation related services</source>
        <translation>예술, 스포츠 및 여가관련 서비스업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership organizations, repair and other personal services</source>
        <translation>협회 및 단체, 수리 및 기타 개인 서비스업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities of households as employers</source>
        <translation>가구 내 고용활동</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities of extraterritorial organizations and bodies</source>
        <translation>국제 및 외국기관</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/target_groups.py" line="+29" />
        <source>Career-interrupted woman</source>
        <translation>경력단절여성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person with a disability</source>
        <translation>장애인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment-vulnerable</source>
        <translation>취약계층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discharged soldier</source>
        <translation>전역(예정)군인</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Youth (19–34)</source>
        <translation>청년(19~34세)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Middle-aged (40–64)</source>
        <translation>중장년(40~64세)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New middle-aged (50–69)</source>
        <translation>신중년(50~69세)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Baby boomer (born 1955–1963)</source>
        <translation>베이비부머(1955~1963년생)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Senior (60+)</source>
        <translation>시니어(60세 이상)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>10s–30s</source>
        <translation>10~30대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>40s–50s</source>
        <translation>40~50대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>60 and over</source>
        <translation>60세 이상</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/reports/analytics.py" line="+180" />
        <source>Target group</source>
        <translation>취업지원 대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired occupation (KECO)</source>
        <translation>희망 직종 (KECO)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not answered</source>
        <translation>무응답</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/follow_up.py" line="+46" />
        <source>Finally hired</source>
        <translation>최종채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finally not hired</source>
        <translation>최종 불합격</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawn by the seeker</source>
        <translation>구직자 포기</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reached</source>
        <translation>통화됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No answer</source>
        <translation>부재중</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left a message</source>
        <translation>메시지 남김</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/roles.py" line="+24" />
        <source>Organizer</source>
        <translation>운영본부</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration desk</source>
        <translation>접수처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
</context>
<context>
    <name>confirmation</name>
    <message>
        <location filename="../../jobfair/documents/confirmation.py" line="+33" />
        <source>Interview confirmation</source>
        <translation>면접확인서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of birth</source>
        <translation>출생연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employer</source>
        <translation>사업체명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business registration no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Position</source>
        <translation>모집 직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date and time of interview</source>
        <translation>면접 일시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recruitment fair</source>
        <translation>채용박람회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job seeker</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interview</source>
        <translation>면접 내용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We confirm that the job seeker above had a job interview with us at the recruitment fair, as stated above.</source>
        <translation>위 구직자는 위와 같이 채용박람회에서 당사와 면접을 보았음을 확인합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Confirmed by the employer</source>
        <translation>사업주 확인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(signature or seal)</source>
        <translation>(서명 또는 인)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by {organizer}</source>
        <translation>{organizer}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}년 {month}월 {day}일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}</source>
        <translation>{year}년 {month}월 {day}일 {hour:02d}:{minute:02d}</translation>
    </message>
</context>
<context>
    <name>confirmation_gui</name>
    <message>
        <location filename="../../jobfair/gui/printing/confirmation.py" line="+56" />
        <source>All of them (one page each)</source>
        <translation>전부 (한 장에 하나씩)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+19" />
        <location line="+27" />
        <source>Interview confirmation</source>
        <translation>면접확인서</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Which interview?</source>
        <translation>어느 면접의 확인서입니까?</translation>
    </message>
    <message>
        <location line="+51" />
        <source>This job seeker has had no interview.</source>
        <translation>이 구직자는 아직 면접 기록이 없습니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Save the interview confirmation as PDF</source>
        <translation>면접확인서를 PDF로 저장</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../jobfair/db/engine.py" line="+59" />
        <source>'{url}' is not a database address. Use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>'{url}'은(는) 데이터베이스 주소가 아닙니다. sqlite:///경로 또는 postgresql://사용자@호스트:포트/데이터베이스 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>JobFair works with SQLite or PostgreSQL, not '{backend}'.</source>
        <translation>JobFair는 SQLite와 PostgreSQL만 지원합니다. '{backend}'은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/db/diagnose.py" line="+37" />
        <source>No database server answers at {where}. Check that PostgreSQL is running on the organizer's PC, the port number, and that its firewall lets this PC in.</source>
        <translation>{where}에서 데이터베이스 서버가 응답하지 않습니다. 운영본부 PC에서 PostgreSQL이 실행 중인지, 포트 번호가 맞는지, 방화벽이 이 PC의 접속을 허용하는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The computer '{host}' is not known on this network. Check the server's name or use its IP address (e.g. 192.168.0.10).</source>
        <translation>이 네트워크에서 '{host}' 컴퓨터를 찾을 수 없습니다. 서버 이름을 확인하거나 IP 주소(예: 192.168.0.10)를 쓰세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server at {where} did not answer in time. Check the network cable or Wi-Fi and the server's address.</source>
        <translation>{where} 서버가 제시간에 응답하지 않았습니다. 네트워크 케이블이나 Wi-Fi, 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server refused the user '{user}': the password is wrong.</source>
        <translation>서버가 사용자 '{user}'의 접속을 거부했습니다: 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server has no user '{user}'. Ask the organizer for the user name.</source>
        <translation>서버에 '{user}' 사용자가 없습니다. 운영본부에 사용자 이름을 물어보세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server has no database '{database}'. Check the name, or create it on the organizer's PC (see the README).</source>
        <translation>서버에 '{database}' 데이터베이스가 없습니다. 이름을 확인하거나 운영본부 PC에서 만드세요(README 참고).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not let this PC in (pg_hba.conf). Allow the fair's network there on the organizer's PC.</source>
        <translation>서버가 이 PC의 접속을 허용하지 않습니다(pg_hba.conf). 운영본부 PC의 그 파일에서 박람회장 네트워크를 허용하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot open the database {where}: {reason}.</source>
        <translation>데이터베이스 {where}를 열 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <location line="+125" />
        <source>The database {where} is empty. The organizer's PC sets it up for JobFair.</source>
        <translation>데이터베이스 {where}가 비어 있습니다. 운영본부 PC에서 JobFair용으로 설정하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database {where} was set up by an older JobFair (schema {revision}, this JobFair uses {head}). Upgrade it from the organizer's PC.</source>
        <translation>데이터베이스 {where}는 이전 버전 JobFair로 만들어졌습니다(스키마 {revision}, 이 JobFair는 {head}). 운영본부 PC에서 업그레이드하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../jobfair/db/migrate.py" line="+94" />
        <source>The database {where} was set up by a newer JobFair (schema {revision}). Update JobFair on this PC.</source>
        <translation>데이터베이스 {where}은(는) 더 새로운 버전의 JobFair로 만들어졌습니다(스키마 {revision}). 이 PC의 JobFair를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/documents/layouts.py" line="+115" />
        <source>The badge layout “{name}” is not usable: {problems}.</source>
        <translation>명찰 양식 “{name}”을(를) 사용할 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The badge layout “{name}” has unknown fields {unknown} or lacks {missing}.</source>
        <translation>명찰 양식 “{name}”에 알 수 없는 항목 {unknown}이(가) 있거나 {missing} 항목이 빠져 있습니다.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The badge layout “{name}” has a bad value: {reason}.</source>
        <translation>명찰 양식 “{name}”에 잘못된 값이 있습니다: {reason}.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A printer calibration moves at most 50 mm and scales between 50 % and 150 %.</source>
        <translation>프린터 보정은 최대 50 mm까지 옮길 수 있고, 배율은 50 %에서 150 % 사이여야 합니다.</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+7" />
        <source>Cannot read the badge layout {path}: {reason}</source>
        <translation>명찰 양식 파일 {path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>There is no badge layout called “{name}”. Known: {known}.</source>
        <translation>“{name}”(이)라는 명찰 양식이 없습니다. 사용할 수 있는 양식: {known}.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/badge_code.py" line="+72" />
        <source>“{value}” is not a badge code. A badge code has 15 letters and digits, such as K7QF4-M2XRA-9TB3C.</source>
        <translation>“{value}”은(는) 명찰 코드가 아닙니다. 명찰 코드는 K7QF4-M2XRA-9TB3C처럼 영문자와 숫자 15자리입니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The badge code “{value}” is mistyped: a character is wrong or two are swapped. Check it against the badge, or scan it.</source>
        <translation>명찰 코드 “{value}”이(가) 잘못 입력되었습니다. 틀린 글자가 있거나 두 글자의 순서가 바뀌었습니다. 명찰과 대조하거나 스캔하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The badge code “{value}” was not issued by this fair's database: it comes from another installation or was altered. Print a new badge for this person.</source>
        <translation>명찰 코드 “{value}”은(는) 이 박람회 데이터베이스에서 발급한 것이 아닙니다. 다른 곳에서 발급되었거나 변조된 코드입니다. 이 분의 명찰을 새로 출력하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/bizno.py" line="+30" />
        <source>A business registration number has ten digits (NNN-NN-NNNNN): {value}</source>
        <translation>사업자등록번호는 10자리 숫자(NNN-NN-NNNNN)입니다: {value}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The business registration number {value} is not valid: its check digit does not match. Check it against the certificate.</source>
        <translation>사업자등록번호 {value}이(가) 올바르지 않습니다(검증 번호 불일치). 사업자등록증과 대조해 주세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/errors.py" line="+24" />
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot open the database {where}: {reason}. Check the address with --db or JOBFAIR_DB, and that the server is running.</source>
        <translation>데이터베이스 {where}을(를) 열 수 없습니다: {reason}. --db 옵션이나 JOBFAIR_DB에 지정한 주소가 맞는지, 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{path} is the open database (or one of its files): writing there would destroy it. Choose another file name.</source>
        <translation>{path}은(는) 열려 있는 데이터베이스(또는 그 파일의 일부)입니다. 여기에 쓰면 데이터베이스가 망가집니다. 다른 파일 이름을 고르십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{path} is one of this station's own files (its unsent records or its settings): writing there would destroy them. Choose another file name.</source>
        <translation>{path}은(는) 이 스테이션의 파일(아직 보내지 않은 기록 또는 설정)입니다. 여기에 쓰면 그 내용이 없어집니다. 다른 파일 이름을 고르십시오.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path} already exists. Choose another name, or add --force to replace it.</source>
        <translation>{path} 파일이 이미 있습니다. 다른 이름을 고르거나, 바꿔 쓰려면 --force를 붙이십시오.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The disk holding the database {where} is full: nothing more can be saved. Free some space on it, then try again ({reason}).</source>
        <translation>데이터베이스 {where}이(가) 있는 디스크가 가득 찼습니다. 더 이상 저장할 수 없습니다. 디스크 공간을 확보한 뒤 다시 시도하십시오({reason}).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database {where} is read-only: JobFair cannot save to it. Make the file and its folder writable (or copy it to a writable folder), or ask for a server account that may write ({reason}).</source>
        <translation>데이터베이스 {where}은(는) 읽기 전용이라 JobFair가 저장할 수 없습니다. 파일과 폴더를 쓰기 가능하게 하거나(쓰기 가능한 폴더로 복사하거나), 쓰기 권한이 있는 서버 계정을 요청하십시오({reason}).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database {where} is locked by another program (another JobFair, a backup or a database tool) that is still writing to it. Try again in a moment; if it stays locked, close that program ({reason}).</source>
        <translation>데이터베이스 {where}을(를) 다른 프로그램(다른 JobFair, 백업 또는 데이터베이스 도구)이 쓰는 중이라 잠겨 있습니다. 잠시 뒤 다시 시도하고, 계속 잠겨 있으면 그 프로그램을 닫으십시오({reason}).</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/phone.py" line="+31" />
        <source>'{value}' is not a Korean phone number (for example 010-1234-5678).</source>
        <translation>'{value}'은(는) 올바른 전화번호가 아닙니다(예: 010-1234-5678).</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/booth.py" line="+209" />
        <source>The station needs a name of at most 100 characters.</source>
        <translation>업무 PC 이름은 100자 이내로 정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/fairs.py" line="+201" />
        <source>There is no booth with id {booth}.</source>
        <translation>ID가 {booth}인 부스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/booth.py" line="+77" />
        <source>There is no booth {label} at this fair. 'jobfair booths' lists them.</source>
        <translation>이 박람회에는 {label} 부스가 없습니다. 'jobfair booths' 명령으로 부스 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/paper.py" line="+220" />
        <location filename="../../jobfair/services/seekers/badges.py" line="+141" />
        <source>No seeker has badge number {number} at this fair.</source>
        <translation>이 박람회에 명찰 번호가 {number}번인 구직자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/seekers/badges.py" line="+15" />
        <location filename="../../jobfair/services/seekers/matching.py" line="+96" />
        <location filename="../../jobfair/services/seekers/service.py" line="+247" />
        <location filename="../../jobfair/services/setup/fields.py" line="+368" />
        <location filename="../../jobfair/services/sync/snapshot.py" line="+333" />
        <source>There is no seeker with id {seeker_id}.</source>
        <translation>ID가 {seeker_id}인 구직자가 없습니다.</translation>
    </message>
    <message>
        <source>This badge belongs to another fair.</source>
        <translation type="vanished">다른 박람회의 명찰입니다.</translation>
    </message>
    <message>
        <source>'{value}' is not a badge code, a badge number or a seeker id.</source>
        <translation type="vanished">'{value}'은(는) 명찰 코드도, 명찰 번호도, 구직자 ID도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/booth.py" line="+52" />
        <location filename="../../jobfair/services/interviews/queue.py" line="+105" />
        <location filename="../../jobfair/services/interviews/service.py" line="+123" />
        <source>This seeker is registered for another fair than booth {booth}.</source>
        <translation>이 구직자는 {booth} 부스와 다른 박람회에 등록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/interviews.py" line="+62" />
        <source>'{value}' is not an outcome key: 1 hired, 2 second interview, 3 pending, 4 not hired, or empty to decide later.</source>
        <translation>'{value}'은(는) 결과 키가 아닙니다. 1 현장채용, 2 2차면접, 3 채용예정·검토, 4 불합격 중에서 누르거나, 나중에 정하려면 비워 두세요.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>All {headcount} positions of '{title}' are filled ({hired} hired).</source>
        <translation>'{title}'의 구인인원 {headcount}명이 모두 찼습니다({hired}명 채용).</translation>
    </message>
    <message>
        <source>{name} was already interviewed at booth {booth} at {time}. Confirm to add another interview.</source>
        <translation type="vanished">{name} 님은 {time}에 {booth} 부스에서 이미 면접을 보았습니다. 면접을 한 번 더 기록하려면 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/corrections.py" line="+81" />
        <source>{name} was already interviewed at booth {booth} at {time}.</source>
        <translation>{name} 님은 {time}에 {booth} 부스에서 이미 면접을 보았습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/records/annul.py" line="+87" />
        <location line="+14" />
        <source>Give the reason for annulling it.</source>
        <translation>취소 사유를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/corrections.py" line="+139" />
        <location filename="../../jobfair/services/interviews/evaluations.py" line="+103" />
        <location filename="../../jobfair/services/interviews/follow_up.py" line="+54" />
        <location filename="../../jobfair/services/interviews/service.py" line="+73" />
        <source>There is no interview with id {interview_id}.</source>
        <translation>ID가 {interview_id}인 면접 기록이 없습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This interview was undone already.</source>
        <translation>이 면접 기록은 이미 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/paper.py" line="-159" />
        <source>{count} line(s) of the sheet have errors; nothing was saved.</source>
        <translation>기록지 {count}줄에 오류가 있어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>The sheet has no lines.</source>
        <translation>기록지에 입력된 줄이 없습니다.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>'{value}' is not a badge number.</source>
        <translation>'{value}'은(는) 명찰 번호가 아닙니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Badge {number} is on line {line} already.</source>
        <translation>명찰 {number}번은 이미 {line}번째 줄에 있습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../jobfair/services/interviews/service.py" line="+51" />
        <source>Opening {opening_id} is not one of booth {booth}'s.</source>
        <translation>구인공고 {opening_id}은(는) {booth} 부스의 공고가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/interviews.py" line="-14" />
        <source>Choose the opening the seeker is hired for.</source>
        <translation>채용한 구인공고를 선택하세요.</translation>
    </message>
    <message>
        <source>All {headcount} positions of '{title}' are filled ({hired} hired). Confirm to hire beyond the headcount.</source>
        <translation type="vanished">'{title}'의 구인인원 {headcount}명이 모두 찼습니다(채용 {hired}명). 구인인원을 넘겨 채용하려면 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/queue.py" line="+149" />
        <source>There is no queue entry with id {entry_id}.</source>
        <translation>ID가 {entry_id}인 대기 순번이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/fairs.py" line="-67" />
        <source>The fair needs a name.</source>
        <translation>박람회 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The fair must close after it opens.</source>
        <translation>종료 시각은 시작 시각보다 늦어야 합니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'{value}' is not a time zone (e.g. Asia/Seoul).</source>
        <translation>'{value}'은(는) 시간대가 아닙니다 (예: Asia/Seoul).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Personal data must be kept at least one day.</source>
        <translation>개인정보는 최소 하루 보관해야 합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Personal data may be kept at most {n} days.</source>
        <translation>개인정보 보관 기간은 최대 {n}일입니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A typical interview lasts between 1 and 120 minutes.</source>
        <translation>보통 면접 시간은 1분에서 120분 사이여야 합니다.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>There is no fair yet. Create one, or load the demo with 'jobfair demo'.</source>
        <translation>아직 박람회가 없습니다. 박람회를 만들거나 'jobfair demo' 명령으로 데모 박람회를 불러오세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no fair with id {fair_id}. 'jobfair fairs' lists them.</source>
        <translation>ID가 {fair_id}인 박람회가 없습니다. 'jobfair fairs' 명령으로 박람회 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The employer needs a name.</source>
        <translation>기업명을 입력하세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'{value}' is not a KSIC section (A to U).</source>
        <translation>'{value}'은(는) 한국표준산업분류 대분류(A~U)가 아닙니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{name} already takes part with business number {number}.</source>
        <translation>사업자등록번호 {number}(으)로 이미 {name}이(가) 참여하고 있습니다.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>There is no employer with id {employer_id} at this fair.</source>
        <translation>이 박람회에 ID가 {employer_id}인 기업이 없습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The booth needs a label.</source>
        <translation>부스 번호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Booth {label} exists already.</source>
        <translation>{label} 부스가 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The opening needs a title.</source>
        <translation>구인공고의 모집 직종을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The headcount must be at least 1.</source>
        <translation>구인인원은 1명 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The headcount can be at most {n}.</source>
        <translation>구인인원은 최대 {n}명입니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'{value}' is not an employment type.</source>
        <translation>'{value}'은(는) 고용형태가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/importing/mapping.py" line="+125" />
        <source>No column was found for: {fields}. Name them in the header row or choose the columns in the mapping.</source>
        <translation>다음 항목의 열을 찾지 못했습니다: {fields}. 머리글 행에 이름을 적거나 열 지정에서 고르세요.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Column {index} does not exist: the file has {count} columns.</source>
        <translation>{index}번째 열이 없습니다. 이 파일의 열은 {count}개입니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+51" />
        <source>The column '{header}' is chosen for two fields.</source>
        <translation>'{header}' 열이 두 항목에 중복 지정되었습니다.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>No column was found for: {fields}. Name them in the header row (for example 이름, 생년월일, 연락처, 개인정보 수집·이용 동의) or choose the columns in the mapping.</source>
        <translation>다음 항목의 열을 찾지 못했습니다: {fields}. 제목 행에 항목 이름(예: 이름, 생년월일, 연락처, 개인정보 수집·이용 동의)을 적거나, 열 지정에서 직접 고르세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/importing/reading.py" line="+71" />
        <source>{name} is larger than {size} MB: split the list into smaller files.</source>
        <translation>{name} 파일이 {size}MB보다 큽니다. 명단을 더 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file {path} does not exist.</source>
        <translation>{path} 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read the file {path}: {reason}.</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV, then import that.</source>
        <translation>{name}은(는) 예전 형식의 엑셀 파일(.xls)입니다. 엑셀에서 열어 .xlsx 또는 CSV로 다시 저장한 뒤, 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{name} has more rows than an import takes (at most {limit}): split the list into smaller files.</source>
        <translation>{name}의 행이 가져올 수 있는 수(최대 {limit}행)보다 많습니다. 명단을 더 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} has cells past column {limit}, more columns than an import takes: delete the columns the list does not use (or copy the list to a new sheet) and save it again.</source>
        <translation>{name}에 {limit}번째 열 뒤에도 셀이 있어 가져올 수 있는 열 수를 넘습니다. 명단에 쓰지 않는 열을 삭제하거나(또는 명단을 새 시트에 복사하여) 다시 저장하십시오.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Line {line} of the file is not UTF-8 while the rest of the file is: the file mixes two encodings. Correct that line (or save the whole file again as CSV UTF-8) and import it again.</source>
        <translation>파일의 {line}번째 줄은 UTF-8이 아니지만 나머지는 UTF-8입니다. 파일에 두 가지 인코딩이 섞여 있습니다. 그 줄을 고치거나 파일 전체를 CSV UTF-8로 다시 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The file says it is UTF-16 but is not (at byte {offset}).</source>
        <translation>파일이 UTF-16이라고 표시되어 있지만 UTF-16이 아닙니다({offset}번째 바이트).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Line {line} of the file is neither UTF-8 nor CP949 (EUC-KR). Save the file again as CSV UTF-8.</source>
        <translation>파일의 {line}번째 줄은 UTF-8도 CP949(EUC-KR)도 아닙니다. 파일을 CSV UTF-8로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>The text of the file is neither UTF-8 nor CP949 (EUC-KR) (at byte {offset}). Save it again as CSV UTF-8.</source>
        <translation type="vanished">파일의 문자 인코딩이 UTF-8도 CP949(EUC-KR)도 아닙니다({offset}번째 바이트). "CSV UTF-8" 형식으로 다시 저장하세요.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>{name} is not a readable CSV file (line {line}): {reason}.</source>
        <translation>{name}은(는) 읽을 수 없는 CSV 파일입니다({line}번째 줄): {reason}.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{name} is not a readable Excel (.xlsx) file: {reason}.</source>
        <translation>{name}은(는) 읽을 수 없는 엑셀(.xlsx) 파일입니다: {reason}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{name} has no sheet called '{sheet}'. Its sheets: {sheets}.</source>
        <translation>{name}에 '{sheet}' 시트가 없습니다. 있는 시트: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/importing/service.py" line="+204" />
        <source>{name} is empty.</source>
        <translation>{name}이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>The phone number is required.</source>
        <translation>연락처를 입력하세요.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The phone number {phone} is already on row {row}.</source>
        <translation>연락처 {phone}은(는) 이미 {row}번째 행에 있습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The phone number {phone} is already registered at this fair ({name}, badge {badge}).</source>
        <translation>연락처 {phone}은(는) 이 박람회에 이미 등록되어 있습니다({name}, 명찰 {badge}번).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{name}, born {born}, is already registered at this fair (badge {badge}).</source>
        <translation>{name}({born}생) 님은 이 박람회에 이미 등록되어 있습니다(명찰 {badge}번).</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/importing/values.py" line="+67" />
        <source>The birth year or date is required.</source>
        <translation>출생연도나 생년월일을 입력하세요.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'{value}' is not a birth year or date (for example 1980, 1980-05-17 or 800517).</source>
        <translation>'{value}'은(는) 출생연도나 생년월일이 아닙니다(예: 1980, 1980-05-17, 800517).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>'{value}' is not a real date.</source>
        <translation>'{value}'은(는) 없는 날짜입니다.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>'{value}' is not a yes or no answer (Y/N, 예/아니오, 동의/미동의, O/X).</source>
        <translation>'{value}'은(는) 예/아니오 답이 아닙니다(Y/N, 예/아니오, 동의/미동의, O/X).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>'{value}' is not a sex (M/F, 남/여) or blank.</source>
        <translation>'{value}'은(는) 성별이 아닙니다. M/F 또는 남/여로 쓰거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The residence is too long: give the city or county.</source>
        <translation>거주지가 너무 깁니다. 시·군까지만 입력하세요.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The desired occupation is too long.</source>
        <translation>희망 직종이 너무 깁니다.</translation>
    </message>
    <message>
        <location line="+43" />
        <location filename="../../jobfair/services/seekers/service.py" line="-110" />
        <source>'{value}' is not a target group.</source>
        <translation>'{value}'은(는) 취업지원 대상 구분이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/interviews.py" line="-33" />
        <source>'{value}' is not an outcome: use hired, second, pending or rejected.</source>
        <translation>'{value}'은(는) 면접 결과가 아닙니다. hired(현장채용), second(2차면접), pending(채용예정·검토), rejected(불합격) 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/follow_up.py" line="-11" />
        <source>'{value}' is not allowed here: use {allowed}.</source>
        <translation>'{value}'은(는) 여기에 쓸 수 없습니다. {allowed} 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/evaluations.py" line="-78" />
        <source>This evaluation belongs to another employer: only its own booths may see it.</source>
        <translation>다른 기업의 평가입니다. 그 기업의 부스만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+123" />
        <location filename="../../jobfair/services/interviews/follow_up.py" line="+16" />
        <location filename="../../jobfair/services/interviews/service.py" line="-45" />
        <source>This interview was undone; it cannot be changed.</source>
        <translation>취소된 면접 기록은 고칠 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/follow_up.py" line="+99" />
        <source>Enter the date of the final outcome.</source>
        <translation>최종 결과를 확인한 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/seekers/service.py" line="-34" />
        <source>The name is required.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The name is too long.</source>
        <translation>이름이 너무 깁니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The birth year {value} is not plausible for a job seeker.</source>
        <translation>출생연도 {value}년은 구직자의 출생연도로 볼 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The birth date and the birth year disagree.</source>
        <translation>생년월일과 출생연도가 서로 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sex is M, F or not given.</source>
        <translation>성별은 M(남), F(여) 중 하나이거나 비워 둡니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Consent to the collection and use of personal information is required to register.</source>
        <translation>등록하려면 개인정보 수집·이용에 동의해야 합니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Disability is sensitive information: it needs its own consent, or leave it out.</source>
        <translation>장애 여부는 민감정보입니다. 별도로 동의를 받거나, 입력하지 마세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/booth_commands.py" line="-61" />
        <source>{name} was already interviewed at booth {booth} at {time}; add --again to record another interview.</source>
        <translation>{name} 님은 {time}에 {booth} 부스에서 이미 면접을 보았습니다. 면접을 한 번 더 기록하려면 --again을 붙이세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All {headcount} positions of '{title}' are filled ({hired} hired); add --force to hire beyond the headcount.</source>
        <translation>'{title}'의 구인인원 {headcount}명이 모두 찼습니다(채용 {hired}명). 구인인원을 넘겨 채용하려면 --force를 붙이세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/seekers/badges.py" line="-38" />
        <source>The badge {code} is genuine but belongs to no seeker on this database (deleted, or from a fair since removed).</source>
        <translation>명찰 {code}은(는) 정상 발급된 명찰이지만 이 데이터베이스에 해당 구직자가 없습니다(삭제되었거나, 이미 지워진 박람회의 명찰입니다).</translation>
    </message>
    <message>
        <location line="+93" />
        <source>There is no seeker with id {seeker_id} at this fair.</source>
        <translation>이 박람회에 ID가 {seeker_id}인 구직자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/checkins/desk.py" line="+95" />
        <source>There is no fair with id {fair_id}.</source>
        <translation>ID가 {fair_id}인 박람회가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/seekers/badges.py" line="-49" />
        <source>This badge belongs to another fair on this database ({fair}). Choose that fair, or register the person for this one.</source>
        <translation>이 명찰은 이 데이터베이스의 다른 박람회({fair})에서 발급되었습니다. 그 박람회를 선택하거나, 이 박람회에 새로 접수하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/printing/badges.py" line="+68" />
        <source>The printer could not be used ({reason}). The badges are kept as a PDF in {path}; print it from a PDF viewer or try another printer.</source>
        <translation>프린터를 사용할 수 없습니다({reason}). 명찰은 {path}에 PDF로 저장해 두었습니다. PDF 뷰어에서 인쇄하거나 다른 프린터를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/report_commands.py" line="-44" />
        <source>The approval box takes at most {n} titles; {count} were given.</source>
        <translation>결재란에는 직위를 최대 {n}개까지 넣을 수 있습니다. {count}개가 주어졌습니다.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A CSV file holds one table: name it with --table.</source>
        <translation>CSV 파일에는 표 하나만 들어갑니다. --table로 표를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/errors.py" line="-50" />
        <source>Could not write {path}: {reason}</source>
        <translation>{path}에 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/reports/export.py" line="+377" />
        <source>There is no table named {name}. Tables: {known}.</source>
        <translation>{name}(이)라는 표가 없습니다. 표: {known}.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/service.py" line="+196" />
        <source>The fair {name} has {count} seekers on its list and cannot be deleted.</source>
        <translation>박람회 {name}에 구직자 {count}명이 등록되어 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/evaluations.py" line="-73" />
        <location filename="../../jobfair/services/seekers/matching.py" line="+91" />
        <location filename="../../jobfair/services/setup/service.py" line="+112" />
        <source>There is no employer with id {employer_id}.</source>
        <translation>번호 {employer_id}인 업체가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/seekers/matching.py" line="+50" />
        <source>There is no opening with id {opening_id} at this fair.</source>
        <translation>이 박람회에 ID {opening_id}인 채용 공고가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/service.py" line="-75" />
        <source>Sign-in accounts work for this booth ({logins}). Move them to another booth or switch them off before deleting it.</source>
        <translation>이 부스에서 일하는 로그인 계정이 있습니다({logins}). 삭제하기 전에 계정을 다른 부스로 옮기거나 사용을 중지하세요.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>{name} has {count} interviews recorded and cannot be deleted. Its interviews would be lost from the fair's figures.</source>
        <translation>{name}은(는) 면접 {count}건이 기록되어 있어 삭제할 수 없습니다. 삭제하면 박람회 실적에서 면접이 빠집니다.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>There is no booth with id {booth_id}.</source>
        <translation>번호 {booth_id}인 부스가 없습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The floor grid has at most {size} rows and columns.</source>
        <translation>배치도는 최대 {size}행, {size}열입니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Booth {label} stands on row {row}, column {col} already.</source>
        <translation>{row}행 {col}열에는 이미 부스 {label}이(가) 있습니다.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Booth {label} has {count} interviews recorded and cannot be deleted.</source>
        <translation>부스 {label}에 면접 {count}건이 기록되어 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/requirements.py" line="+69" />
        <location filename="../../jobfair/services/setup/service.py" line="+24" />
        <source>There is no opening with id {opening_id}.</source>
        <translation>번호 {opening_id}인 모집직종이 없습니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The fair has no choice or yes / no field '{value}'.</source>
        <translation>이 박람회에는 '{value}' 선택형 또는 예/아니요 항목이 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'{value}' is not an answer of {label}.</source>
        <translation>'{value}'은(는) {label}의 응답이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/service.py" line="+32" />
        <source>The opening {title} has {count} interviews recorded and cannot be deleted. Lower its headcount instead.</source>
        <translation>모집직종 {title}에 면접 {count}건이 기록되어 있어 삭제할 수 없습니다. 대신 구인인원을 줄이세요.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Choose another fair to copy from.</source>
        <translation>복사해 올 다른 박람회를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/importing/employers.py" line="+128" />
        <source>No column was found for: {fields}. Name them in the header row (for example 업체명, 사업자등록번호, 업종) or choose the columns in the mapping.</source>
        <translation>다음 항목의 열을 찾지 못했습니다: {fields}. 머리글 행에 이름을 적거나(예: 업체명, 사업자등록번호, 업종) 열 지정에서 고르세요.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>'{value}' is not an industry: write the KSIC section (A to U, e.g. C or 제조업) or its code (e.g. 10121).</source>
        <translation>'{value}'은(는) 업종이 아닙니다. 산업분류 대분류(A~U, 예: C 또는 제조업)나 코드(예: 10121)를 적으세요.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>'{value}' is not an employment type (정규직, 계약직, 시간제 or 일용직).</source>
        <translation>'{value}'은(는) 고용형태가 아닙니다 (정규직, 계약직, 시간제, 일용직 중 하나).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The headcount is required for an opening.</source>
        <translation>모집직종에는 구인인원이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'{value}' is not a headcount (a whole number, 1 or more).</source>
        <translation>'{value}'은(는) 구인인원이 아닙니다 (1 이상의 정수).</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/matching_commands.py" line="+29" />
        <source>'{value}' is not a seeker id.</source>
        <translation>'{value}'은(는) 구직자 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/interviews/confirmation.py" line="+77" />
        <source>There is no such interview (it may have been undone).</source>
        <translation>해당 면접 기록이 없습니다 (취소되었을 수 있습니다).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This fair's personal data has been purged: a confirmation can no longer be issued.</source>
        <translation>이 박람회의 개인정보는 파기되어 확인서를 더 이상 발급할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/roles.py" line="+22" />
        <source>Only an organizer may change the fair's setup. Ask an organizer to sign in.</source>
        <translation>박람회 설정은 운영본부만 바꿀 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an organizer may manage accounts. Ask an organizer to sign in.</source>
        <translation>계정은 운영본부만 관리할 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an organizer may export personal data. Ask an organizer to sign in.</source>
        <translation>개인정보 내보내기는 운영본부만 할 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an organizer may erase personal data. Ask an organizer to sign in.</source>
        <translation>개인정보 파기는 운영본부만 할 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an organizer may read the audit log. Ask an organizer to sign in.</source>
        <translation>감사 기록은 운영본부만 볼 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an organizer may follow up after the fair. Ask an organizer to sign in.</source>
        <translation>사후 관리는 운영본부만 할 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an organizer may recommend openings to seekers. Ask an organizer to sign in.</source>
        <translation>구인 추천은 운영본부만 할 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the registration desk or an organizer may register, look up and check in seekers.</source>
        <translation>구직자 등록·조회·입장 처리는 접수처나 운영본부만 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a booth or an organizer may record interviews.</source>
        <translation>면접 기록은 부스나 운영본부만 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This account may not see the figures.</source>
        <translation>이 계정으로는 실적을 볼 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only an organizer may discard rehearsal records. Ask an organizer to sign in.</source>
        <translation>리허설 기록 삭제는 운영본부만 할 수 있습니다. 운영본부 담당자에게 로그인을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/accounts/access.py" line="+52" />
        <source>This account works for its own booth only, not for another booth.</source>
        <translation>이 계정은 자기 부스의 일만 할 수 있습니다. 다른 부스의 일은 할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This booth account has no booth any more (it was deleted). Ask an organizer to give the account a booth.</source>
        <translation>이 부스 계정의 부스가 삭제되어 더 이상 없습니다. 운영자에게 계정에 부스를 지정해 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/accounts/service.py" line="+136" />
        <source>There is no account with the login name {login}.</source>
        <translation>로그인 이름이 {login}인 계정이 없습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The PIN or password needs at least {n} characters.</source>
        <translation>PIN이나 비밀번호는 {n}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The PIN or password cannot be one character repeated.</source>
        <translation>PIN이나 비밀번호를 한 글자의 반복으로 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter a login name.</source>
        <translation>로그인 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A login name has no spaces and at most 60 characters.</source>
        <translation>로그인 이름에는 빈칸을 쓸 수 없고 60자를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A booth account needs the booth it works for.</source>
        <translation>부스 계정에는 담당 부스를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Make an organizer account first: once accounts exist, every station asks for a sign-in, and only an organizer can manage them.</source>
        <translation>운영본부 계정을 먼저 만드세요. 계정이 생기면 모든 스테이션에서 로그인해야 하고, 계정은 운영본부만 관리할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The login name {login} is taken already.</source>
        <translation>로그인 이름 {login}은(는) 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no such account.</source>
        <translation>그런 계정이 없습니다.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>This is the last active organizer account; make another organizer account before changing it, or nobody could change the setup any more.</source>
        <translation>사용 중인 마지막 운영본부 계정입니다. 바꾸기 전에 다른 운영본부 계정을 만드세요. 그러지 않으면 아무도 박람회 설정을 바꿀 수 없게 됩니다.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Too many wrong tries at this station. Try again in {seconds} seconds.</source>
        <translation>이 자리에서 잘못 입력한 횟수가 너무 많습니다. {seconds}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The login name or the PIN is wrong.</source>
        <translation>로그인 이름이나 PIN이 틀렸습니다.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>This account is switched off. Ask an organizer to switch it on.</source>
        <translation>사용이 중지된 계정입니다. 운영본부에 다시 사용하게 해 달라고 요청하세요.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Too many wrong tries. Try again in {seconds} seconds.</source>
        <translation>잘못 입력한 횟수가 너무 많습니다. {seconds}초 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/sync/replay.py" line="+43" />
        <source>Hired while offline for '{title}', whose {headcount} positions were filled meanwhile ({hired} hired): recorded beyond the headcount.</source>
        <translation>오프라인 중 '{title}'에 채용했으나 그 사이 구인인원 {headcount}명이 모두 찼습니다({hired}명 채용). 인원 초과 채용으로 기록했습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Interviewed while offline, but {name} had been interviewed at booth {booth} at {time} already: recorded as another interview.</source>
        <translation>오프라인 중 면접했으나 {name}님은 이미 {time}에 {booth} 부스에서 면접을 보았습니다. 추가 면접으로 기록했습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The record could not be saved on the server: {error}</source>
        <translation>서버에 기록을 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/sync/snapshot.py" line="-266" />
        <source>The server cannot be reached and this PC has no list of the fair's seekers yet: the scan cannot be checked. Write the badge number down and enter it when the server is back.</source>
        <translation>서버에 연결할 수 없고 이 PC에는 아직 박람회 구직자 명단이 없어 스캔을 확인할 수 없습니다. 배지 번호를 적어 두었다가 서버가 돌아오면 입력하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Badge {code} is not on this PC's list, and the server cannot be reached to check it: it may have been printed after the list was copied, or not be this fair's. Note the person on the paper result sheet, or scan again once the server is back.</source>
        <translation>명찰 {code}이(가) 이 PC의 명단에 없고, 서버에 연결할 수 없어 확인할 수 없습니다. 명단을 복사한 뒤에 인쇄된 명찰이거나 이 박람회의 명찰이 아닐 수 있습니다. 종이 결과표에 적어 두거나, 서버가 돌아오면 다시 스캔하세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No seeker has badge number {number} on this PC's list (the server cannot be reached).</source>
        <translation>이 PC 명단에 배지 번호 {number}번 구직자가 없습니다 (서버에 연결할 수 없음).</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/sync/conflicts.py" line="+133" />
        <source>There is no conflict with id {conflict_id}.</source>
        <translation>ID가 {conflict_id}인 충돌 기록이 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This conflict was resolved already.</source>
        <translation>이미 처리 완료된 충돌입니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>메모가 너무 깁니다 (최대 2,000자).</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/account_commands.py" line="-145" />
        <source>This database has accounts: give --user and the PIN (JOBFAIR_PIN).</source>
        <translation>이 데이터베이스에는 계정이 있습니다. --user와 PIN(JOBFAIR_PIN)을 주세요.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Give the new PIN in JOBFAIR_NEW_PIN, or run the command in a terminal.</source>
        <translation>새 PIN을 JOBFAIR_NEW_PIN에 넣거나, 명령을 터미널에서 실행하세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The two PINs differ; nothing was changed.</source>
        <translation>두 PIN이 다릅니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../../jobfair/cli/db_role_commands.py" line="-11" />
        <source>A booth account needs --booth LABEL.</source>
        <translation>부스 계정에는 --booth 부스번호가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/checkins/service.py" line="+102" />
        <source>This check-in was recorded for another seeker.</source>
        <translation>이 입장 기록은 다른 구직자의 것으로 저장되어 있습니다.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Give the reason for undoing the check-in.</source>
        <translation>체크인 취소 사유를 입력하세요.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} (#{badge}) is not checked in: there is nothing to undo.</source>
        <translation>{name}(#{badge}) 님은 입장 확인되지 않았습니다. 취소할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{name} (#{badge}) has {count} interview(s) recorded at the booths, so the check-in stays. Undo those interviews at their booths first.</source>
        <translation>{name}(#{badge}) 님은 부스에서 면접 {count}건이 기록되어 입장 확인을 취소할 수 없습니다. 먼저 해당 부스에서 면접을 취소하세요.</translation>
    </message>
    <message>
        <source>Say why the check-in is undone.</source>
        <translation type="vanished">입장 확인을 취소하는 사유를 적어 주세요.</translation>
    </message>
    <message>
        <source>This seeker is not checked in.</source>
        <translation type="vanished">이 구직자는 입장 확인되지 않았습니다.</translation>
    </message>
    <message>
        <source>This seeker has been interviewed at a booth: undo those interviews there first.</source>
        <translation type="vanished">이 구직자는 부스에서 면접을 봤습니다. 먼저 그 부스에서 면접을 되돌리세요.</translation>
    </message>
    <message>
        <location filename="../../jobfair/operations/booth.py" line="+85" />
        <source>There is no card open: scan a badge first.</source>
        <translation>열린 카드가 없습니다. 먼저 명찰을 스캔하세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../jobfair/operations/desk.py" line="+55" />
        <source>There is no question to answer.</source>
        <translation>답할 질문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/operations/results.py" line="+82" />
        <source>This needs the server, which cannot be reached now. Scanning badges goes on: what is recorded is saved on this PC and sent when the server is back.</source>
        <translation>이 작업에는 서버가 필요한데, 지금은 연결되지 않습니다. 명찰 스캔은 계속됩니다: 기록은 이 PC에 저장되었다가 서버가 돌아오면 전송됩니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/fair_day.py" line="+88" />
        <source>'{value}' is not a time: write it as YYYY-MM-DD HH:MM in the fair's local time, e.g. 2015-03-25 10:30.</source>
        <translation>'{value}'은(는) 시각이 아닙니다. 박람회 현지 시각으로 YYYY-MM-DD HH:MM 형식으로 쓰세요(예: 2015-03-25 10:30).</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/records/purge.py" line="+78" />
        <source>The retention period of {fair} runs until {due}: its data may still be needed. To purge it now anyway, give the reason; it is recorded in the audit log.{how}</source>
        <translation>{fair}의 보존 기간은 {due}까지입니다. 그때까지 데이터가 필요할 수 있습니다. 그래도 지금 파기하려면 사유를 입력하십시오. 사유는 감사 기록에 남습니다.{how}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{count} records of {fair} made offline on this PC have not been delivered to the database yet. Let this station deliver them (reconnect and synchronise), then purge; nothing was removed.</source>
        <translation>이 PC에서 오프라인으로 만든 {fair}의 기록 {count}건이 아직 데이터베이스에 전달되지 않았습니다. 이 스테이션이 전달하게 한 뒤(다시 연결하여 동기화) 파기하십시오. 아무것도 지우지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/records/purge_files.py" line="+46" />
        <source>The personal data is removed from the records, but another station or program has the database open ({where}), so the old values are still in its file. Close it and run the purge's cleanup again.{how}</source>
        <translation>개인정보는 기록에서 지워졌지만, 다른 스테이션이나 프로그램이 데이터베이스({where})를 열고 있어 이전 값이 아직 파일에 남아 있습니다. 그것을 닫은 뒤 파기 정리를 다시 실행하십시오.{how}</translation>
    </message>
    <message>
        <location filename="../../jobfair/db/migrate.py" line="+35" />
        <source>There is no JobFair database at {where}. Check the address (--db or JOBFAIR_DB); to make a new database there, add --create.</source>
        <translation>{where}에 JobFair 데이터베이스가 없습니다. 주소(--db 또는 JOBFAIR_DB)를 확인하십시오. 그곳에 새 데이터베이스를 만들려면 --create를 붙이십시오.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database {where} records {count} schema versions at once ({revisions}) in its table alembic_version, which holds one: it was changed outside JobFair. Restore it from a backup, or have the table hold only the newest row.</source>
        <translation>데이터베이스 {where}의 alembic_version 표에 스키마 버전이 한 개가 아니라 {count}개({revisions}) 기록되어 있습니다. JobFair 밖에서 변경된 것입니다. 백업에서 복원하거나 표에 최신 행 하나만 남기십시오.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The database {where} belongs to another program: it holds tables ({tables}) but no JobFair schema. JobFair leaves it alone. Check the address (--db or JOBFAIR_DB).</source>
        <translation>데이터베이스 {where}은(는) 다른 프로그램의 것입니다. 표({tables})는 있지만 JobFair 스키마가 없어 JobFair는 이 데이터베이스를 건드리지 않습니다. 주소(--db 또는 JOBFAIR_DB)를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/text.py" line="+69" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>직종명</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>field label</source>
        <translation>항목 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>booth label</source>
        <translation>부스 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>login name</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone number</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>residence</source>
        <translation>거주지</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>desired occupation</source>
        <translation>희망직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hosts</source>
        <translation>주최</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organizer</source>
        <translation>주관</translation>
    </message>
    <message>
        <location line="+1" />
        <source>business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contact phone</source>
        <translation>담당자 연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wage</source>
        <translation>임금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>place of work</source>
        <translation>근무지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>qualifications</source>
        <translation>자격</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The {field_label} holds an invisible or control character ({code}); type it again without it.</source>
        <translation>{field_label}에 보이지 않는 문자나 제어 문자({code})가 들어 있습니다. 그 문자 없이 다시 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../jobfair/cli/db_role_commands.py" line="-17" />
        <source>Give the login's password in JOBFAIR_NEW_DB_PASSWORD, or run the command in a terminal.</source>
        <translation>로그인 비밀번호를 JOBFAIR_NEW_DB_PASSWORD로 주거나 터미널에서 명령을 실행하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>두 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A database login needs --role.</source>
        <translation>데이터베이스 로그인에는 --role이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/accounts/db_roles.py" line="+132" />
        <source>A password cannot hold a NUL.</source>
        <translation>비밀번호에 NUL 문자를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Database roles exist on PostgreSQL only; a SQLite file serves one PC.</source>
        <translation>데이터베이스 역할은 PostgreSQL에만 있습니다. SQLite 파일은 PC 한 대용입니다.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>A database login is lower-case letters, digits and _ (at most 63).</source>
        <translation>데이터베이스 로그인은 영문 소문자, 숫자, _ 로만 씁니다(최대 63자).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A database login's password needs at least 8 characters.</source>
        <translation>데이터베이스 로그인 비밀번호는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A booth's database login needs its booth; other logins have none.</source>
        <translation>부스의 데이터베이스 로그인에는 부스가 필요하고, 다른 로그인에는 부스가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no booth {booth}.</source>
        <translation>부스 {booth}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/operations/kiosk.py" line="+25" />
        <source>Only an organizer's or the desk's account may unlock the kiosk.</source>
        <translation>운영자나 접수 데스크 계정만 키오스크 잠금을 풀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/checkins/kiosk.py" line="+105" />
        <source>Only a badge's code is accepted at the kiosk.</source>
        <translation>키오스크에서는 명찰 코드만 받습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/evaluations.py" line="+29" />
        <source>A rating is a whole number from {low} to {high}.</source>
        <translation>평점은 {low}부터 {high}까지의 정수입니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A note holds at most {limit} characters ({length} given).</source>
        <translation>메모는 최대 {limit}자까지 쓸 수 있습니다({length}자 입력됨).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Tag {tag} is not in this employer's tag list.</source>
        <translation>태그 {tag}은(는) 이 기업의 태그 목록에 없습니다.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The tag '{tag}' is longer than {limit} characters.</source>
        <translation>태그 '{tag}'이(가) {limit}자보다 깁니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>An employer has at most {limit} tags ({count} given).</source>
        <translation>기업당 태그는 최대 {limit}개입니다({count}개 입력됨).</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/fair_fields.py" line="+63" />
        <source>The key '{value}' may hold lower-case letters a–z, digits and _, starting with a letter (at most 40).</source>
        <translation>키 '{value}'에는 영문 소문자 a–z, 숫자, _만 쓸 수 있고 영문자로 시작해야 합니다(최대 40자).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A choice field needs at least one choice.</source>
        <translation>선택 항목에는 선택지가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Too many or too long choices.</source>
        <translation>선택지가 너무 많거나 깁니다.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{label}: the text is too long or holds invisible characters.</source>
        <translation>{label}: 글이 너무 길거나 보이지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <source>{label}: give a number.</source>
        <translation>{label}: 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>{label}: '{value}' is not a number.</source>
        <translation>{label}: '{value}'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{label}: '{value}' is not a date (e.g. 2026-05-03).</source>
        <translation>{label}: '{value}'은(는) 날짜가 아닙니다(예: 2026-05-03).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{label}: answer yes or no.</source>
        <translation>{label}: 예 또는 아니요로 답하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{label}: '{value}' is not a phone number.</source>
        <translation>{label}: '{value}'은(는) 전화번호가 아닙니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+7" />
        <source>{label}: '{value}' is not one of the choices.</source>
        <translation>{label}: '{value}'은(는) 선택지에 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{label}: too many licences, or one too long.</source>
        <translation>{label}: 자격증이 너무 많거나 하나가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/setup/fields.py" line="-248" />
        <source>'{value}' is not a kind of field.</source>
        <translation>'{value}'은(는) 항목 종류가 아닙니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field needs a Korean label.</source>
        <translation>항목의 한국어 이름이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The label is too long (at most 100 characters).</source>
        <translation>이름이 너무 깁니다(최대 100자).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep answers between 1 and {most} days, or with the seeker record.</source>
        <translation>응답 보유 기간은 1~{most}일 또는 구직자 기록과 함께로 정하세요.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is no field with id {field_id}.</source>
        <translation>ID {field_id}인 항목이 없습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The fair has a field with the key '{value}' already.</source>
        <translation>이 박람회에는 키가 '{value}'인 항목이 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A fair has at most {most} fields of its own.</source>
        <translation>박람회 자체 항목은 최대 {most}개입니다.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A field's key cannot change; add a new field instead.</source>
        <translation>항목의 키는 바꿀 수 없습니다. 새 항목을 추가하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Seekers have answered this field already: its kind cannot change. Add a new field instead.</source>
        <translation>이미 응답한 구직자가 있어 종류를 바꿀 수 없습니다. 새 항목을 추가하세요.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>{label} is sensitive information: it needs the sensitive-information consent, or leave it out.</source>
        <translation>{label}은(는) 민감정보입니다. 민감정보 동의를 받거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{label} is required.</source>
        <translation>{label}은(는) 필수입니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The fair has no field '{value}'.</source>
        <translation>이 박람회에는 '{value}' 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../jobfair/domain/export_tables.py" line="+16" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employers</source>
        <translation>참여기업</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../jobfair/services/reports/export.py" line="-199" />
        <source>Openings</source>
        <translation>채용공고</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job seekers</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check-ins</source>
        <translation>접수</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../jobfair/services/reports/export.py" line="+2" />
        <source>Interviews</source>
        <translation>면접</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/reports/export.py" line="-123" />
        <source>Pre-registered</source>
        <translation>사전등록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk-in</source>
        <translation>현장등록</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Badge scan</source>
        <translation>명찰 스캔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name or phone search</source>
        <translation>이름·전화번호 검색</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk-in registration</source>
        <translation>현장 등록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At a booth</source>
        <translation>부스에서</translation>
    </message>
    <message>
        <source>M</source>
        <translation type="vanished">남</translation>
    </message>
    <message>
        <source>F</source>
        <translation type="vanished">여</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Self-service kiosk</source>
        <translation>셀프 접수 키오스크</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Fair</source>
        <translation>박람회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hosts</source>
        <translation>주최</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organized by</source>
        <translation>주관</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation>내보낸 시각</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{numerator} / {denominator}</source>
        <translation>{numerator} / {denominator}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calculation</source>
        <translation>산식</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+51" />
        <location line="+137" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="-187" />
        <location line="+51" />
        <location line="+137" />
        <source>Employer</source>
        <translation>업체명</translation>
    </message>
    <message>
        <location line="-187" />
        <source>Business no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KSIC section</source>
        <translation>산업 대분류</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KSIC code</source>
        <translation>산업분류 코드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact phone</source>
        <translation>담당자 연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>담당자 이메일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+44" />
        <source>Positions sought</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Interviewees</source>
        <translation>면접자</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>Hired on the spot</source>
        <translation>현장채용</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Second interviews</source>
        <translation>2차면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>채용예정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill rate</source>
        <translation>충족률</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Job title</source>
        <translation>모집 직무</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+55" />
        <source>KECO code</source>
        <translation>직업분류 코드</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Occupation group</source>
        <translation>직종 대분류</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Employment type</source>
        <translation>고용형태</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wage</source>
        <translation>임금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place of work</source>
        <translation>근무지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qualifications</source>
        <translation>자격요건</translation>
    </message>
    <message>
        <location line="+20" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+57" />
        <location line="+30" />
        <source>Badge no.</source>
        <translation>명찰 번호</translation>
    </message>
    <message>
        <location line="-86" />
        <location line="+57" />
        <location line="+30" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Birth year</source>
        <translation>출생연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence</source>
        <translation>거주지</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Desired occupation group</source>
        <translation>희망 직종 대분류</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired job</source>
        <translation>희망 직무</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target groups</source>
        <translation>취업지원 대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>등록 경로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone (provision consented)</source>
        <translation>전화번호 (제공 동의자)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent to provision</source>
        <translation>제3자 제공 동의</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+44" />
        <source>Checked in</source>
        <translation>접수 시각</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Via</source>
        <translation>접수 방법</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Started</source>
        <translation>면접 시각</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opening</source>
        <translation>채용공고</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome recorded</source>
        <translation>결과 입력 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voided</source>
        <translation>취소 시각</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../jobfair/domain/fair_fields.py" line="-144" />
        <source>Text</source>
        <translation>글</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes / no</source>
        <translation>예 / 아니요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One choice</source>
        <translation>하나 선택</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Several choices</source>
        <translation>여러 개 선택</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licences / certificates</source>
        <translation>자격증·면허</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../jobfair/domain/metrics.py" line="+89" />
        <source>Hire rate (of positions sought)</source>
        <translation>채용률(구인인원 대비)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hires per person interviewed</source>
        <translation>채용률(면접 인원 대비)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hires per attendee</source>
        <translation>채용률(참여 구직자 대비)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Share of attendees interviewed</source>
        <translation>면접률(참여 구직자 대비)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Participating employers</source>
        <translation>참여기업</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positions sought</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registered seekers</source>
        <translation>등록 구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre-registered</source>
        <translation>사전 등록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk-ins</source>
        <translation>현장 접수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seekers attending (checked in)</source>
        <translation>참여 구직자(입장 확인)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People interviewed</source>
        <translation>면접 인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviews held</source>
        <translation>면접 건수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hired on the spot</source>
        <translation>현장채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second interviews</source>
        <translation>2차면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>채용예정·검토</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not hired</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome not yet recorded</source>
        <translation>결과 미입력</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Final hires (after follow-up)</source>
        <translation>최종채용(사후관리)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Final hire rate (of positions sought)</source>
        <translation>최종채용률(구인인원 대비)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Final hires per person interviewed</source>
        <translation>면접 인원 대비 최종채용</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../jobfair/services/importing/mapping.py" line="-165" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth year or date</source>
        <translation>출생연도 또는 생년월일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence (city or county)</source>
        <translation>거주지(시·군)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired occupation (KECO)</source>
        <translation>희망 직종(고용직업분류)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target groups</source>
        <translation>취업지원 대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent: collection and use</source>
        <translation>동의: 개인정보 수집·이용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent: provision to employers</source>
        <translation>동의: 참여기업 제공(제3자 제공)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent: sensitive information</source>
        <translation>동의: 민감정보 처리</translation>
    </message>
    <message>
        <location filename="../../jobfair/services/importing/employers.py" line="-172" />
        <source>Employer name</source>
        <translation>업체명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Industry (KSIC)</source>
        <translation>업종(KSIC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job title</source>
        <translation>모집직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupation (KECO)</source>
        <translation>직종(KECO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Headcount</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment type</source>
        <translation>고용형태</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wage</source>
        <translation>임금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place of work</source>
        <translation>근무지</translation>
    </message>
</context>
<context>
    <name>layouts</name>
    <message>
        <location filename="../../jobfair/documents/layouts.py" line="-240" />
        <source>Single name badge, 90 × 55 mm</source>
        <translation>명찰 1매, 90 × 55 mm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A6 page, one badge (lanyard pouch)</source>
        <translation>A6 용지에 명찰 1개 (목걸이 명찰 케이스용)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A4 label sheet, 2 × 4 labels of 99.1 × 67.7 mm</source>
        <translation>A4 라벨지, 99.1 × 67.7 mm 라벨 2 × 4칸</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A4 label sheet, 2 × 5 labels of 99.1 × 57 mm</source>
        <translation>A4 라벨지, 99.1 × 57 mm 라벨 2 × 5칸</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plain A4 paper, 2 × 5 cards of 90 × 55 mm with cut lines (badge holder inserts)</source>
        <translation>일반 A4 용지, 90 × 55 mm 카드 2 × 5장, 재단선 포함 (명찰 케이스 속지용)</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <location filename="../../jobfair/documents/matching.py" line="+33" />
        <source>Booths recommended for you</source>
        <translation>추천 부스 안내</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badge no. {number}</source>
        <translation>명찰 번호 {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No opening matched your details. Ask at the desk for advice.</source>
        <translation>조건에 맞는 채용 공고가 없습니다. 접수창구에서 상담을 받으세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Matched candidates for {employer}</source>
        <translation>{employer} 추천 구직자 명단</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only job seekers who consented to their details being given to employers are listed. Use them for this recruitment only.</source>
        <translation>참여기업 제공에 동의한 구직자만 실었습니다. 이번 채용에만 사용하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badge</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired job</source>
        <translation>희망직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lives in</source>
        <translation>거주지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening</source>
        <translation>채용 직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>추천 사유</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No consenting job seeker matched the openings.</source>
        <translation>채용 직종에 맞는 정보제공 동의 구직자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/matching.py" line="+39" />
        <source>Desired job fits closely ({code})</source>
        <translation>희망직종 일치 ({code})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired job in the same field ({field})</source>
        <translation>희망직종과 같은 분야 ({field})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Works where the seeker lives ({city})</source>
        <translation>거주지 근무 ({city})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Works in a neighbouring city ({city})</source>
        <translation>인근 지역 근무 ({city})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening welcomes {group}</source>
        <translation>{group} 우대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field}: {answer}, as the opening asks</source>
        <translation>{field}: {answer} (채용 조건에 맞음)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field}: as the opening asks</source>
        <translation>{field}: 채용 조건에 맞음</translation>
    </message>
    <message>
        <location line="+130" />
        <source>career-interrupted women</source>
        <translation>경력단절여성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>people with disabilities</source>
        <translation>장애인</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the employment-vulnerable</source>
        <translation>취약계층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>discharged soldiers</source>
        <translation>전역(예정)군인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>young people</source>
        <translation>청년</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the new middle-aged</source>
        <translation>신중년</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the middle-aged</source>
        <translation>중장년</translation>
    </message>
    <message>
        <location line="+1" />
        <source>older people</source>
        <translation>고령자</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="vanished">인쇄</translation>
    </message>
    <message>
        <source>The document is ready.</source>
        <translation type="vanished">문서가 준비되었습니다.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">인쇄…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="vanished">PDF로 저장…</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../jobfair/operations/booth.py" line="-14" />
        <source>{name} was interviewed at this booth at {time} ({outcome}). Add another interview?</source>
        <translation>{name} 님은 {time}에 이 부스에서 면접을 봤습니다({outcome}). 면접을 하나 더 추가할까요?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add another interview</source>
        <translation>면접 추가</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All {headcount} positions of '{title}' are filled ({hired} hired). Hire {name} beyond the headcount?</source>
        <translation>'{title}'의 구인인원 {headcount}명이 모두 찼습니다({hired}명 채용). {name} 님을 구인인원을 넘겨 채용할까요?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hire beyond the headcount</source>
        <translation>구인인원 초과 채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the interview of {name} at {time}?</source>
        <translation>{time}의 {name} 님 면접을 되돌릴까요?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo it</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../jobfair/operations/desk.py" line="-8" />
        <source>This person may already be registered. Register them anyway?</source>
        <translation>이미 등록된 사람일 수 있습니다. 그래도 등록할까요?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Register anyway</source>
        <translation>그래도 등록</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the check-in of {name}? They no longer count as having come.</source>
        <translation>{name} 님의 입장 확인을 취소할까요? 더 이상 참여자로 세지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo the check-in</source>
        <translation>입장 확인 취소</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Badge</source>
        <translation type="vanished">명찰</translation>
    </message>
    <message>
        <source>Badge printing is not set up on this station yet.</source>
        <translation type="vanished">이 PC에는 아직 명찰 인쇄가 설정되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../jobfair/gui/printing/badges.py" line="+152" />
        <source>Badges</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no usable printer</source>
        <translation>사용할 수 있는 프린터 없음</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the print job could not start</source>
        <translation>인쇄 작업을 시작할 수 없음</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a new page could not start</source>
        <translation>새 페이지를 시작할 수 없음</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the PDF has no pages that could be read</source>
        <translation>PDF에서 읽을 수 있는 페이지가 없음</translation>
    </message>
    <message>
        <location line="+67" />
        <location line="+9" />
        <location line="+74" />
        <location line="+52" />
        <location line="+50" />
        <source>Print badges</source>
        <translation>명찰 인쇄</translation>
    </message>
    <message>
        <location line="-184" />
        <source>{count} badges are ready.</source>
        <translation>명찰 {count}장이 준비되었습니다.</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Printing directly is not available on this computer; save the PDF and print it from a PDF viewer.</source>
        <translation>이 컴퓨터에서는 바로 인쇄할 수 없습니다. PDF로 저장한 뒤 PDF 뷰어에서 인쇄하세요.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>the printer reported an error</source>
        <translation>프린터가 오류를 알렸습니다</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Save badges as PDF</source>
        <translation>명찰을 PDF로 저장</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../jobfair/gui/printing/calibration.py" line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document is ready.</source>
        <translation>문서가 준비되었습니다.</translation>
    </message>
    <message>
        <location line="+129" />
        <source>The PDF could not be saved to {target}: {reason}. It is kept in {path}.</source>
        <translation>PDF를 {target}에 저장할 수 없습니다: {reason}. 파일은 {path}에 보관했습니다.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Print all badges</source>
        <translation>명찰 일괄 인쇄</translation>
    </message>
    <message>
        <location line="+41" />
        <source>There are no badges to print.</source>
        <translation>인쇄할 명찰이 없습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} badges were saved to {path}. Print them now?</source>
        <translation>명찰 {count}장을 {path}에 저장했습니다. 지금 인쇄할까요?</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Drawing the badges…</source>
        <translation>명찰을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../jobfair/gui/printing/station_printer.py" line="+63" />
        <source>PDF file {path}</source>
        <translation>PDF 파일 {path}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the folder {folder} does not exist</source>
        <translation>{folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the printer “{name}” is not available</source>
        <translation>프린터 “{name}”을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+147" />
        <source>{who} not printed: no printer is chosen. Choose one (Desk menu, Printer and badge layout), then press Ctrl+P.</source>
        <translation>{who} 출력되지 않았습니다: 프린터가 정해지지 않았습니다. 프린터를 고른 뒤(접수처 메뉴의 프린터와 명찰 양식) Ctrl+P를 누르세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{who} not printed: no printer is chosen.</source>
        <translation>{who} 출력되지 않았습니다: 프린터가 정해지지 않았습니다.</translation>
    </message>
    <message>
        <location line="-55" />
        <location line="+4" />
        <location line="+62" />
        <location line="+4" />
        <source>{who} not printed: {reason}</source>
        <translation>{who} 출력되지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location line="-62" />
        <source>{who} not printed: {reason}. The check-in is kept; the badge is saved in {path}. Press Ctrl+P to print it again, or choose another printer (Desk menu, Printer and badge layout).</source>
        <translation>{who} 출력되지 않았습니다: {reason}. 입장 확인은 그대로 저장되어 있고, 명찰은 {path}에 보관했습니다. Ctrl+P를 눌러 다시 출력하거나 다른 프린터를 고르세요(접수처 메뉴의 프린터와 명찰 양식).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Printed on {printer}, but not recorded: {reason}</source>
        <translation>{printer}에서 출력했지만 기록하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{who} printed on {printer}.</source>
        <translation>{who} {printer}에서 출력되었습니다.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The badge</source>
        <translation>명찰이</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} badges</source>
        <translation>명찰 {count}장이</translation>
    </message>
    <message>
        <location line="+10" />
        <source>printing directly is not available on this computer</source>
        <translation>이 컴퓨터에서는 바로 출력할 수 없습니다</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+4" />
        <source>{what} not printed: {reason}</source>
        <translation>{what}: 인쇄하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{what} not printed: {reason}. It is saved in {path}.</source>
        <translation>{what}: 인쇄하지 못했습니다: {reason}. {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{what} printed on {printer}.</source>
        <translation>{what}: {printer}에서 인쇄했습니다.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../jobfair/documents/report.py" line="+54" />
        <source>Officer</source>
        <translation>담당</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team leader</source>
        <translation>팀장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Section chief</source>
        <translation>과장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Director</source>
        <translation>국장</translation>
    </message>
    <message>
        <source>{employers} employers took part; {attendees} job seekers attended; {interviewees} were interviewed; of {positions} positions sought, {hires} were filled on the spot (hire rate {rate})</source>
        <translation type="vanished">{employers}개 구인업체 참여, 구직자 {attendees}명 참석, {interviewees}명 면접, 구인인원 {positions}명 중 {hires}명 현장채용(채용률 {rate})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{employers} employers took part; {attendees} job seekers attended; {interviewees} were interviewed; of {positions} positions sought, {hires} were filled on the spot ({hire_rate})</source>
        <translation>{employers}개 구인업체 참여, 구직자 {attendees}명 참석, {interviewees}명 면접, 구인인원 {positions}명 중 {hires}명 현장채용({hire_rate})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>hire rate {rate}</source>
        <translation>채용률 {rate}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+124" />
        <location line="+457" />
        <source>Results of the recruitment fair</source>
        <translation>채용박람회 결과 보고</translation>
    </message>
    <message>
        <location line="-426" />
        <source>Approval</source>
        <translation>결재</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{year}-{month:02}-{day:02} ({weekday}) {opens}–{closes}</source>
        <translation>{year}년 {month}월 {day}일({weekday}) {opens}~{closes}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hosts</source>
        <translation>주최</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organized by</source>
        <translation>주관</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Figure</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+61" />
        <source>Count</source>
        <translation>인원·건수</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Registered: pre-registered / walk-ins</source>
        <translation>등록: 사전등록 / 현장등록</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ratio</source>
        <translation>지표</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+46" />
        <source>Calculation</source>
        <translation>산식</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{numerator} {a} ÷ {denominator} {b}</source>
        <translation>{numerator} {a} ÷ {denominator} {b}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Every ratio names what it divides by: the hire rate the centres publish divides on-site hires by the positions sought, not by the people interviewed.</source>
        <translation>모든 비율은 분모를 밝힙니다. 센터가 발표하는 채용률은 현장채용을 면접 인원이 아니라 구인인원으로 나눈 값입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Figures of the day</source>
        <translation>당일 실적</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Hires</source>
        <translation>채용</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hired on the spot (fair day)</source>
        <translation>현장채용(박람회 당일)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Final hires (after follow-up)</source>
        <translation>최종채용(사후관리 후)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} ÷ {denominator} {positions}</source>
        <translation>{count} ÷ {denominator} {positions}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Final hires: on-site hires not withdrawn afterwards, and follow-up cases the employer confirmed as hired; the fair-day figures above stay as they were.</source>
        <translation>최종채용: 현장채용 중 이후 포기하지 않은 인원과, 사후관리에서 업체가 채용을 확인한 인원입니다. 위의 당일 실적은 그대로입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Final hires: follow-up results (as of {date})</source>
        <translation>최종채용: 사후관리 결과 ({date} 기준)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow-up cases: {cases}, decided: {decided}</source>
        <translation>사후관리 대상: {cases}건, 결정: {decided}건</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fair day and follow-up</source>
        <translation>현장채용과 최종채용</translation>
    </message>
    <message>
        <location line="+43" />
        <source>people</source>
        <translation>명</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check-ins per half hour ({total} in all)</source>
        <translation>30분 단위 접수 인원 (총 {total}명)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arrivals</source>
        <translation>시간대별 참석</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Attended</source>
        <translation>참석</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviewed</source>
        <translation>면접</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+56" />
        <source>Hired</source>
        <translation>채용</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+70" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="-52" />
        <source>Who came</source>
        <translation>참여 구직자 현황</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attended: checked in. A person may belong to several target groups; age is the fair's year minus the birth year.</source>
        <translation>참석: 접수한 구직자. 한 사람이 여러 취업지원 대상에 속할 수 있으며, 나이는 박람회 연도에서 출생연도를 뺀 값입니다.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No.</source>
        <translation>연번</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Employer</source>
        <translation>업체명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Positions</source>
        <translation>구인인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviewees</source>
        <translation>면접자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2nd interview</source>
        <translation>2차면접</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pending</source>
        <translation>채용예정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill rate</source>
        <translation>충족률</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remarks</source>
        <translation>비고</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Booth {labels}</source>
        <translation>부스 {labels}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth</source>
        <translation>부스 없음</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Fill rate: hired on the spot ÷ positions the employer sought. Interviewees are counted per employer: a person interviewed by two employers counts in both rows (people interviewed at the fair: {people}).</source>
        <translation>충족률: 현장채용 ÷ 해당 업체 구인인원. 면접자는 업체별로 세므로 두 업체에서 면접한 사람은 두 줄에 모두 들어갑니다(박람회 전체 면접 인원: {people}명).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Results by employer</source>
        <translation>업체별 채용 현황</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Of {recommended} recommendations made before the fair (one job seeker to one opening), {interviewed} led to an interview with that employer ({interview_rate}) and {hired} to a hire ({hire_rate}).</source>
        <translation>박람회 전에 추천한 {recommended}건(구직자 한 명을 채용공고 하나에 추천한 것이 1건) 중 {interviewed}건이 그 업체의 면접으로({interview_rate}), {hired}건이 채용으로({hire_rate}) 이어졌습니다.</translation>
    </message>
    <message>
        <source>{recommended} recommended seeker–opening pairs: {interviewed} led to an interview at the employer ({interview_rate}), {hired} to a hire ({hire_rate}).</source>
        <translation type="vanished">추천한 구직자–채용공고 {recommended}쌍 중 {interviewed}쌍이 해당 업체 면접으로({interview_rate}), {hired}쌍이 채용으로({hire_rate}) 이어졌습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Matching before the fair</source>
        <translation>사전 맞춤 알선</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Made {when}</source>
        <translation>작성 {when}</translation>
    </message>
</context>
<context>
    <name>result_pack</name>
    <message>
        <location filename="../../jobfair/documents/result_pack.py" line="+46" />
        <source>results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not shared</source>
        <translation>비공개</translation>
    </message>
    <message>
        <location line="+2" />
        <source>en</source>
        <translation>ko</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Fair</source>
        <translation>박람회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employer</source>
        <translation>기업명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booths</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Openings</source>
        <translation>모집 직종 수</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+109" />
        <source>Positions sought</source>
        <translation>모집 인원</translation>
    </message>
    <message>
        <location line="-108" />
        <location line="+109" />
        <source>Interviews</source>
        <translation>면접 건수</translation>
    </message>
    <message>
        <location line="-107" />
        <location line="+109" />
        <source>Hired on the spot</source>
        <translation>현장 채용</translation>
    </message>
    <message>
        <location line="-108" />
        <location line="+109" />
        <source>Second interviews</source>
        <translation>2차 면접</translation>
    </message>
    <message>
        <location line="-108" />
        <location line="+109" />
        <source>Pending</source>
        <translation>채용 보류</translation>
    </message>
    <message>
        <location line="-108" />
        <source>Fill rate (hires / positions)</source>
        <translation>채용률 (현장 채용 / 모집 인원)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Final hires (follow-up)</source>
        <translation>최종 채용 (사후관리)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rated interviews</source>
        <translation>평가한 면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average rating (1-5)</source>
        <translation>평균 평점(1-5)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Made</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>안내문</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+131" />
        <source>Opening</source>
        <translation>모집 직종</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Interviewed at</source>
        <translation>면접 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+128" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="-127" />
        <source>Badge no.</source>
        <translation>명찰 번호</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target groups</source>
        <translation>대상 계층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desired job</source>
        <translation>희망 직종</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+127" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="-126" />
        <location line="+127" />
        <source>Residence</source>
        <translation>거주지</translation>
    </message>
    <message>
        <location line="-126" />
        <location line="+123" />
        <source>Outcome</source>
        <translation>면접 결과</translation>
    </message>
    <message>
        <location line="-122" />
        <source>Rating (1-5)</source>
        <translation>평점(1-5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recruiter's note</source>
        <translation>면접관 메모</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+120" />
        <source>Final outcome</source>
        <translation>최종 결과</translation>
    </message>
    <message>
        <location line="-119" />
        <source>Final outcome date</source>
        <translation>최종 결과 일자</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+129" />
        <source>Job fair results for {employer}</source>
        <translation>{employer} 채용박람회 결과</translation>
    </message>
    <message>
        <location line="-125" />
        <source>Booth {labels}</source>
        <translation>부스 {labels}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Figures</source>
        <translation>실적</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Fill rate</source>
        <translation>채용률</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Final hires</source>
        <translation>최종 채용</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Ratings: {rated} rated, average {average} of 5 ({counts}).</source>
        <translation>평점: {rated}명 평가, 평균 {average}점/5점 ({counts}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nobody was interviewed at this booth.</source>
        <translation>이 부스에서 면접한 구직자가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+33" />
        <source>{count} more interviews are listed in the workbook.</source>
        <translation>나머지 면접 {count}건은 엑셀 파일에 있습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Made {at} by {organizer}</source>
        <translation>{at} {organizer} 작성</translation>
    </message>
    <message>
        <location line="-204" />
        <location line="+43" />
        <location line="+57" />
        <location line="+9" />
        <source>Interviewees</source>
        <translation>면접자</translation>
    </message>
    <message>
        <location filename="../../jobfair/domain/result_packs.py" line="+20" />
        <source>Thank you for taking part in {fair}. Enclosed are the results of the interviews held at your booth: the job seekers you met, the outcomes and the follow-up results known so far. Contact details appear only for job seekers who consented to their provision to participating employers; please use them only for this recruitment and destroy them once it is over. For any question, please contact the employment centre.</source>
        <translation>{fair}에 참여해 주셔서 감사합니다. 귀사 부스에서 진행된 면접 결과를 보내 드립니다. 면접한 구직자, 면접 결과, 지금까지 확인된 사후관리 결과가 들어 있습니다. 연락처는 참여기업에 대한 개인정보 제공에 동의한 구직자만 표시되며, 이번 채용에만 이용하시고 채용이 끝나면 파기해 주시기 바랍니다. 문의 사항은 일자리센터로 연락해 주십시오.</translation>
    </message>
</context>
<context>
    <name>slips</name>
    <message>
        <location filename="../../jobfair/documents/slips.py" line="+28" />
        <source>Where to go next</source>
        <translation>추천 부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No opening with positions left fits you right now: ask at the desk.</source>
        <translation>지금 맞는 채용 자리가 남은 부스가 없습니다. 접수처에 문의하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>Booth {label} · {employer}</source>
        <translation>부스 {label} · {employer}</translation>
    </message>
    <message>
        <location line="-2" />
        <source>{opening} · {left} more · wait about {minutes} min</source>
        <translation>{opening} · {left}명 더 채용 · 대기 약 {minutes}분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your number</source>
        <translation>대기 번호</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted wait: about {minutes} min</source>
        <translation>예상 대기: 약 {minutes}분</translation>
    </message>
</context>
<context>
    <name>stations</name>
    <message>
        <location filename="../../jobfair/gui/common/stations.py" line="-135" />
        <source>Registration desk</source>
        <translation>접수처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>기업 부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>운영본부</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check in seekers, register walk-ins, print badges</source>
        <translation>구직자 입장 확인, 현장 접수, 명찰 출력</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scan badges, log interviews and their outcomes</source>
        <translation>명찰 스캔, 면접 기록과 결과 입력</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set up the fair, follow the figures, print the day's report</source>
        <translation>박람회 준비, 실적 확인, 당일 결과 보고서 출력</translation>
    </message>
</context>
<context>
    <name>sync_conflicts</name>
    <message>
        <location filename="../../jobfair/gui/organizer/sync_conflicts.py" line="-185" />
        <source>Hired beyond the headcount</source>
        <translation>구인인원 초과 채용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interviewed twice</source>
        <translation>중복 면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seeker unknown</source>
        <translation>알 수 없는 구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interview</source>
        <translation>면접</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check-in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Taken at</source>
        <translation>입력 시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seeker</source>
        <translation>구직자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening</source>
        <translation>모집 직종</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>처리</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../jobfair/gui/common/workers.py" line="+134" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The work stopped because of an unexpected error. Nothing was half saved.</source>
        <translation>예상하지 못한 오류로 작업이 멈췄습니다. 저장이 반쯤 된 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The details are in {path}.</source>
        <translation>자세한 내용은 {path}에 있습니다.</translation>
    </message>
</context>
</TS>