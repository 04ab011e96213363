"""Test certificate authorities and server certificates for the loopback test servers.

Everything is generated in memory with the ``cryptography`` package and written as PEM files
on request. Keys are ECDSA P-256: generating one takes well under a millisecond, so every
server instance can have its own CA.

The certificates satisfy Python's ``VERIFY_X509_STRICT`` checks (critical basic constraints,
key identifiers, serverAuth usage), so a client built with ``ssl.create_default_context`` and
``cafile=<ca_file>`` verifies them exactly as it would a real server's.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

LOOPBACK_IP = "127.0.0.1"
LOOPBACK_DNS = "localhost"
_VALIDITY = dt.timedelta(days=30)
_BACKDATE = dt.timedelta(hours=1)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write(path: Path, data: bytes, mode: int) -> Path:
    path.write_bytes(data)
    path.chmod(mode)
    return path


@dataclass(frozen=True)
class ServerCertificate:
    """A leaf certificate for ``127.0.0.1`` / ``localhost`` and its private key."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return _key_pem(self.key)

    def write(self, directory: Path, stem: str) -> tuple[Path, Path]:
        """Write ``<stem>.crt`` and ``<stem>.key``; return (cert path, key path).

        The key is left world-readable (0644) on purpose: the files live in a private
        temporary directory and the servers may read them as an unprivileged user.
        """
        cert_path = _write(directory / f"{stem}.crt", self.cert_pem, 0o644)
        key_path = _write(directory / f"{stem}.key", self.key_pem, 0o644)
        return cert_path, key_path


@dataclass(frozen=True)
class CertificateAuthority:
    """A self-signed root CA that issues server certificates."""

    name: str
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @classmethod
    def create(cls, name: str) -> CertificateAuthority:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Shopkeeper tests"),
                x509.NameAttribute(NameOID.COMMON_NAME, name),
            ]
        )
        now = dt.datetime.now(dt.UTC)
        public_key = key.public_key()
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + _VALIDITY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(name=name, key=key, cert=cert)

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def write(self, path: Path) -> Path:
        """Write the CA certificate (not its key) as PEM; this is a client's ``cafile``."""
        return _write(path, self.cert_pem, 0o644)

    def issue_server_certificate(
        self, ip: str = LOOPBACK_IP, dns_names: tuple[str, ...] = (LOOPBACK_DNS,)
    ) -> ServerCertificate:
        """Issue a serverAuth certificate with ``ip`` as CN and in the SAN, plus ``dns_names``."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        san: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(ip))]
        san.extend(x509.DNSName(name) for name in dns_names)
        ca_ski = self.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ip)]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + _VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectAlternativeName(san), critical=False)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
                critical=False,
            )
            .sign(self.key, hashes.SHA256())
        )
        return ServerCertificate(key=key, cert=cert)


@dataclass(frozen=True)
class TlsFiles:
    """PEM files a TLS server needs, plus the CA file a client should trust."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def write_server_tls(directory: Path, ca: CertificateAuthority, stem: str) -> TlsFiles:
    """Issue a loopback server certificate from ``ca`` and write all three PEM files."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_file = ca.write(directory / f"{stem}-ca.crt")
    cert_file, key_file = ca.issue_server_certificate().write(directory, stem)
    return TlsFiles(ca_file=ca_file, cert_file=cert_file, key_file=key_file)
