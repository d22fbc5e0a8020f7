#pragma once

#include <QIODevice>
#include <QVector>

#include <algorithm>
#include <cstring>
#include <random>

// Devices that misbehave the way real ones do, for the account list tests.

// Hands out an in-memory list in small reads, as a pipe would, so chunk
// boundaries fall inside UTF-8 characters, CRLF pairs and quoted fields.
class ChunkedDevice final : public QIODevice
{
public:
    enum class EndOfData { ReturnsZero, ReturnsMinusOne }; // a pipe; a closed QProcess

    ChunkedDevice(QByteArray data, QVector<int> chunkSizes, EndOfData end = EndOfData::ReturnsZero)
        : m_data(std::move(data))
        , m_chunkSizes(std::move(chunkSizes))
        , m_end(end)
    {}

    static QVector<int> randomChunkSizes(quint32 seed, int largest)
    {
        std::mt19937 generator(seed);
        std::uniform_int_distribution<int> size(1, largest);
        QVector<int> sizes(997); // prime: the pattern does not align with lines
        std::generate(sizes.begin(), sizes.end(), [&] { return size(generator); });
        return sizes;
    }

    bool isSequential() const override { return true; }
    qint64 delivered() const { return m_position; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position == m_data.size())
            return m_end == EndOfData::ReturnsZero ? 0 : -1;
        const qint64 chunk = m_chunkSizes.at(m_reads++ % m_chunkSizes.size());
        const qint64 count = std::min({maxSize, chunk, m_data.size() - m_position});
        std::memcpy(data, m_data.constData() + m_position, count);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    QVector<int> m_chunkSizes;
    EndOfData m_end;
    qint64 m_position = 0;
    qsizetype m_reads = 0;
};

// A random-access device that fails after handing out some bytes, as a file
// on a dying disk or a vanished network share does.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(QByteArray data)
        : m_data(std::move(data))
    {}

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position == m_data.size()) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 count = std::min(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, count);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
