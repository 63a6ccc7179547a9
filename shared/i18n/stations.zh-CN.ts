import type { stationsEn } from './stations.en';

/** 局域网前台：加入保险库主机、管理员的前台管理、叫号屏。 */
export const stationsZhCN: Record<keyof typeof stationsEn, string> = {
  'nav.stations': '局域网前台',
  'audit.action.lan.update': '修改局域网监听',
  'audit.action.stations.pairingStart': '生成前台配对码',
  'audit.action.stations.pairingCancel': '取消配对码',
  'audit.action.stations.revoke': '移除已配对的前台',
  'audit.action.stations.pair': '前台用配对码配对',
  'audit.action.lan.identityCreated': '生成本机局域网证书',

  'errors.reason.station.revoked': '管理员已将本前台从保险库主机移除。请重新配对后再使用。',
  'errors.reason.station.display': '叫号屏只能显示叫号信息。',
  'errors.reason.station.exportAtVault':
    '导出文件保存在保险库主机上，请在保险库主机上批准并执行此导出。',
  'errors.reason.station.unconfirmed':
    '保险库主机应答前连接已中断。请先确认是否已保存，再决定是否重试。',
  'errors.reason.station.pinMismatch':
    '保险库主机出示的证书与配对时的不同，未发送任何内容。请联系管理员。',
  'errors.reason.station.holdsVault': '本机已有自己的保险库，不能再加入其他保险库主机。',
  'errors.reason.station.keyUnavailable': '在当前系统登录下无法打开本前台的密钥，请重新配对。',
  'errors.reason.station.paired':
    '本机已是某台保险库主机的前台。要加入其他主机，请先解除现有配对。',
  'errors.reason.station.failed': '本前台电脑出错，未发送任何内容。',
  'errors.reason.lan.off': '请先开启局域网监听。',
  'errors.reason.lan.notReady': '局域网监听正在启动，请稍后再试。',
  'errors.reason.lan.portInUse': '此端口已被其他程序占用，请换一个端口。',
  'errors.reason.lan.failed': '局域网监听无法启动。',
  'errors.reason.pairing.none': '保险库主机上没有配对码，请管理员重新生成。',
  'errors.reason.pairing.expired': '配对码已过期，请管理员重新生成。',
  'errors.reason.pairing.wrongCode': '配对码不正确，请核对保险库主机上的 8 位数字。',
  'errors.reason.pairing.tooManyTries': '错误次数过多，此配对码已失效。请管理员重新生成。',
  'errors.reason.pairing.unreachable':
    '无法通过该地址和端口连接保险库主机。请核对地址和端口，并确认其局域网监听已开启。',
  'errors.reason.pairing.proof':
    '无法证明应答来自生成配对码的保险库主机，未保留任何内容。请联系管理员。',

  'errors.reason.pairing.kind':
    '此配对码用于前台电脑。浏览器只能作为叫号屏：请管理员生成类型为“叫号屏”的配对码。',

  'station.kind.desk': '前台电脑',
  'station.kind.display': '叫号屏',

  'setup.mode.create': '在本机建立保险库',
  'setup.mode.join': '加入保险库主机',
  'join.intro':
    '本机将成为保险库主机的前台电脑或叫号屏，所有记录都保存在保险库主机上。请管理员在保险库主机上打开“局域网前台”，点击“添加前台”，并告诉您地址和配对码。',
  'join.browserTitle': '将此屏幕配对为叫号屏',
  'join.browserIntro':
    '此浏览器将成为保险库主机 {address} 的叫号屏，只保存配对信息，不保存任何记录。请管理员在保险库主机上打开“局域网前台”，选择“添加前台”，类型选“叫号屏”，然后告诉您配对码。',
  'join.host': '保险库主机地址',
  'join.hostPlaceholder': '例如 192.168.1.20',
  'join.port': '端口',
  'join.code': '配对码',
  'join.codeHint': '保险库主机上显示的 8 位数字，10 分钟内有效。',
  'join.submit': '加入',
  'join.error.host': '请输入 IP 地址或主机名，不要带 http:// 或路径。',
  'join.error.port': '端口范围为 1024 至 65535。',
  'join.error.code': '8 位数字，例如 1234-5678。',

  'joined.title': '核对指纹',
  'joined.intro': '本机已配对为“{name}”。请逐组核对下面的指纹与保险库主机屏幕上的是否一致。',
  'joined.name': '名称',
  'joined.kind': '类型',
  'joined.vaultAddress': '保险库主机',
  'joined.fingerprint': '指纹',
  'joined.compare': '与保险库主机屏幕上的指纹一致吗？',
  'joined.same': '一致，继续',
  'joined.different': '不一致，不连接',
  'joined.forgotten':
    '本机已忘记此次配对，未保留任何内容。请告知管理员：可能有人介入了本机与保险库主机之间的连接。',

  'revoked.title': '管理员已移除本前台',
  'revoked.body':
    '保险库主机不再接受“{name}”。本机未保存任何场馆数据。如需继续使用，请管理员生成新的配对码。',
  'revoked.titleDisplay': '管理员已移除此叫号屏',
  'revoked.bodyDisplay':
    '保险库主机不再向“{name}”显示叫号信息。此屏幕不保存任何记录。如需再次使用，请管理员生成新的配对码。',
  'revoked.pairAgain': '重新配对',

  'stations.title': '局域网前台',
  'stations.intro':
    '本场馆的其他电脑可通过局域网使用本机的保险库：前台电脑供员工登录，叫号屏显示叫号。记录只保存在本机。',
  'stations.lan.title': '局域网监听',
  'stations.lan.enabled': '接受局域网前台连接',
  'stations.lan.port': '端口',
  'stations.lan.save': '应用',
  'stations.lan.saved': '局域网监听已保存。',
  'stations.lan.listening': '监听中',
  'stations.lan.off': '已关闭',
  'stations.lan.notListening': '未在监听',
  'stations.lan.starting': '正在启动……',
  'stations.lan.addresses': '本机地址',
  'stations.lan.noAddresses': '未找到网络地址。本机是否已连接局域网？',
  'stations.lan.fingerprint': '本保险库主机的指纹',
  'stations.lan.noFingerprint': '首次开启监听时生成。',
  'stations.add': '添加前台',
  'stations.add.name': '前台名称',
  'stations.add.namePlaceholder': '例如 泳池前台',
  'stations.add.kind': '类型',
  'stations.add.submit': '生成配对码',
  'stations.add.needsLan': '开启局域网监听后才能添加前台。',
  'stations.code.title': '“{name}”的配对码',
  'stations.code.intro': '在新电脑首次启动时选择“加入保险库主机”，输入地址、端口和此配对码。',
  'stations.code.expiresIn': '剩余有效时间 {time}',
  'stations.code.expired': '此配对码已过期。',
  'stations.code.again': '重新生成',
  'stations.code.address': '地址和端口',
  'stations.code.compare': '新电脑随后会显示一个指纹，必须与此处的一致。',
  'stations.code.waiting': '正在等待前台加入……',
  'stations.code.cancel': '取消配对码',
  'stations.paired': '{name} 已配对。',
  'stations.list.title': '已配对的前台',
  'stations.list.empty': '尚未配对任何前台。',
  'stations.col.name': '名称',
  'stations.col.kind': '类型',
  'stations.browser': '浏览器',
  'stations.col.connected': '连接',
  'stations.col.lastSeen': '最近联系',
  'stations.col.address': '地址',
  'stations.col.paired': '配对',
  'stations.connected': '已连接',
  'stations.disconnected': '未连接',
  'stations.never': '从未',
  'stations.pairedBy': '{time}，{name}',
  'stations.revokedBy': '{time} 由 {name} 移除',
  'stations.revoke': '移除',
  'stations.revoke.title': '移除“{name}”？',
  'stations.revoke.body':
    '其请求将立即被拒绝，在该电脑上登录的人员会被登出。该电脑需重新配对才能再次使用。',
  'stations.revoke.confirm': '移除前台',
  'stations.revoked': '{name} 已移除。',
  'stations.openHall': '打开叫号屏',

  'hall.title': '叫号屏',
  'hall.nowCalling': '正在叫号',
  'hall.counter': '{counter} 号窗口',
  'hall.noCounter': '请到前台办理',
  'hall.nobody': '当前没有叫号。',
  'hall.alsoCalled': '已叫号',
  'hall.recent': '刚办理完',
  'hall.waiting': '等候人数',
  'hall.close': '关闭叫号屏',
  'hall.offline': '正在重新连接……',

  'errors.reason.transport.offline.station':
    '与保险库主机的连接已断开，未保存任何内容。请在连接恢复后重试。',
  'live.offline.station.title': '与保险库主机的连接已断开',
  'live.offline.station.body':
    '最后更新于 {time}。记录保存在保险库主机上：连接恢复前无法保存，已输入的内容会保留在这里。',
};
