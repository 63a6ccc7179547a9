/** Several desks at one site: joining a vault PC, the admin's Stations screen, the hall display. */
export const stationsEn = {
  'nav.stations': 'Desks on the LAN',
  'audit.action.lan.update': 'Changed the LAN listener',
  'audit.action.stations.pairingStart': 'Made a pairing code for a desk',
  'audit.action.stations.pairingCancel': 'Cancelled a pairing code',
  'audit.action.stations.revoke': 'Removed a paired desk',
  'audit.action.stations.pair': 'A desk paired with a code',
  'audit.action.lan.identityCreated': 'Made the LAN certificate of this vault PC',

  'errors.reason.station.revoked':
    'The administrator removed this desk from the vault PC. Pair it again to go on.',
  'errors.reason.station.display': 'A hall display can only show the hall board.',
  'errors.reason.station.exportAtVault':
    'Exports are saved on the vault PC. Approve and run this export there.',
  'errors.reason.station.unconfirmed':
    'The line to the vault PC dropped before it answered. Check whether it was saved before trying again.',
  'errors.reason.station.pinMismatch':
    'The vault PC answered with a different certificate than the one paired. Nothing was sent. Ask the administrator.',
  'errors.reason.station.holdsVault':
    'This PC holds a vault of its own, so it cannot join another vault PC.',
  'errors.reason.station.keyUnavailable':
    "This desk's key cannot be opened under this OS account. Pair the desk again.",
  'errors.reason.station.paired':
    'This PC is already a desk of a vault PC. Forget that pairing first to join another.',
  'errors.reason.station.failed': 'Something went wrong on this desk PC; nothing was sent.',
  'errors.reason.lan.off': 'Turn on the LAN listener first.',
  'errors.reason.lan.notReady': 'The LAN listener is still starting. Try again in a moment.',
  'errors.reason.lan.portInUse': 'Another program uses this port. Choose another port.',
  'errors.reason.lan.failed': 'The LAN listener could not start.',
  'errors.reason.pairing.none':
    'There is no pairing code on the vault PC. Ask the administrator for a new code.',
  'errors.reason.pairing.expired': 'That code has expired. Ask the administrator for a new code.',
  'errors.reason.pairing.wrongCode': 'That code is not right. Check the 8 digits on the vault PC.',
  'errors.reason.pairing.tooManyTries':
    'Too many wrong codes: this code no longer works. Ask the administrator for a new code.',
  'errors.reason.pairing.unreachable':
    'The vault PC cannot be reached at that address and port. Check both, and that its LAN listener is on.',
  'errors.reason.pairing.proof':
    'The answer did not prove it came from the vault PC that made the code. Nothing was kept. Ask the administrator.',

  'errors.reason.pairing.kind':
    'That code is for a desk PC. A browser can only be a hall display: ask for a code of the kind Hall display.',

  'station.kind.desk': 'Desk PC',
  'station.kind.display': 'Hall display',

  'setup.mode.create': 'Create the vault on this PC',
  'setup.mode.join': 'Join a vault PC',
  'join.intro':
    'This PC becomes a desk PC or a hall display of the vault PC, which keeps every record. On the vault PC, the administrator opens Desks on the LAN, chooses Add a desk and reads you its address and code.',
  'join.browserTitle': 'Pair this screen as a hall display',
  'join.browserIntro':
    'This browser becomes a hall display of the vault PC at {address}. It keeps no record, only its pairing. On the vault PC, the administrator opens Desks on the LAN, chooses Add a desk of the kind Hall display and reads you the code.',
  'join.host': 'Vault PC address',
  'join.hostPlaceholder': 'e.g. 192.168.1.20',
  'join.port': 'Port',
  'join.code': 'Pairing code',
  'join.codeHint': 'The 8 digits on the vault PC, valid for 10 minutes.',
  'join.submit': 'Join',
  'join.error.host': 'Enter an IP address or a host name, without http:// or a path.',
  'join.error.port': 'A port from 1024 to 65535.',
  'join.error.code': 'Eight digits, e.g. 1234-5678.',

  'joined.title': 'Compare the fingerprint',
  'joined.intro':
    'This PC is paired as "{name}". Compare the fingerprint below with the one on the vault PC\'s screen, group by group.',
  'joined.name': 'Name',
  'joined.kind': 'Kind',
  'joined.vaultAddress': 'Vault PC',
  'joined.fingerprint': 'Fingerprint',
  'joined.compare': "Is it the same as on the vault PC's screen?",
  'joined.same': 'Same: continue',
  'joined.different': 'Different: do not connect',
  'joined.forgotten':
    'This PC forgot the pairing and keeps nothing of it. Tell the administrator: someone may be between this PC and the vault PC.',

  'revoked.title': 'This desk was removed by the admin',
  'revoked.body':
    'The vault PC no longer accepts "{name}". No records of the site are kept on this PC. To use it again, the administrator makes a new pairing code.',
  'revoked.titleDisplay': 'This hall display was removed by the admin',
  'revoked.bodyDisplay':
    'The vault PC no longer shows its hall board on "{name}". No records are kept on this screen. To use it again, the administrator makes a new pairing code.',
  'revoked.pairAgain': 'Pair again',

  'stations.title': 'Desks on the LAN',
  'stations.intro':
    'Other PCs at this site use this vault over the local network: desk PCs sign staff in, hall displays show the called numbers. Records stay on this PC.',
  'stations.lan.title': 'LAN listener',
  'stations.lan.enabled': 'Accept desks over the LAN',
  'stations.lan.port': 'Port',
  'stations.lan.save': 'Apply',
  'stations.lan.saved': 'LAN listener saved.',
  'stations.lan.listening': 'Listening',
  'stations.lan.off': 'Off',
  'stations.lan.notListening': 'Not listening',
  'stations.lan.starting': 'Starting...',
  'stations.lan.addresses': 'Addresses of this PC',
  'stations.lan.noAddresses': 'No network address found. Is this PC on the LAN?',
  'stations.lan.fingerprint': 'Fingerprint of this vault PC',
  'stations.lan.noFingerprint': 'Made when the listener is first turned on.',
  'stations.add': 'Add a desk',
  'stations.add.name': 'Name of the desk',
  'stations.add.namePlaceholder': 'e.g. Pool desk',
  'stations.add.kind': 'Kind',
  'stations.add.submit': 'Make a code',
  'stations.add.needsLan': 'Turn on the LAN listener to add a desk.',
  'stations.code.title': 'Pairing code for "{name}"',
  'stations.code.intro':
    'On the new PC, choose Join a vault PC at first start and type the address, port and this code.',
  'stations.code.expiresIn': 'Valid for {time}',
  'stations.code.expired': 'This code has expired.',
  'stations.code.again': 'New code',
  'stations.code.address': 'Address and port',
  'stations.code.compare': 'The new PC then shows a fingerprint: it must be the same as this one.',
  'stations.code.waiting': 'Waiting for the desk to join...',
  'stations.code.cancel': 'Cancel the code',
  'stations.paired': '{name} paired.',
  'stations.list.title': 'Paired desks',
  'stations.list.empty': 'No desk has been paired yet.',
  'stations.col.name': 'Name',
  'stations.col.kind': 'Kind',
  'stations.browser': 'Browser',
  'stations.col.connected': 'Connected',
  'stations.col.lastSeen': 'Last seen',
  'stations.col.address': 'Address',
  'stations.col.paired': 'Paired',
  'stations.connected': 'Connected',
  'stations.disconnected': 'Not connected',
  'stations.never': 'Never',
  'stations.pairedBy': '{time} by {name}',
  'stations.revokedBy': 'Removed {time} by {name}',
  'stations.revoke': 'Remove',
  'stations.revoke.title': 'Remove "{name}"?',
  'stations.revoke.body':
    'Its calls are refused at once and whoever is signed in there is signed out. To use that PC again it must be paired again.',
  'stations.revoke.confirm': 'Remove the desk',
  'stations.revoked': '{name} removed.',
  'stations.openHall': 'Open the hall display',

  'hall.title': 'Hall display',
  'hall.nowCalling': 'Now calling',
  'hall.counter': 'Counter {counter}',
  'hall.noCounter': 'Please come to the desk',
  'hall.nobody': 'Nobody is being called right now.',
  'hall.alsoCalled': 'Also called',
  'hall.recent': 'Just served',
  'hall.waiting': 'Waiting',
  'hall.close': 'Close the hall display',
  'hall.offline': 'Reconnecting...',

  'errors.reason.transport.offline.station':
    'The line to the vault PC is down, so nothing was saved. Try again when it is back.',
  'live.offline.station.title': 'No connection to the vault PC',
  'live.offline.station.body':
    'Last update at {time}. The records are on the vault PC: nothing can be saved until the line is back; what you have typed stays here.',
};
