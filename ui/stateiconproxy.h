#pragma once

#include <QIdentityProxyModel>

namespace imapdesk {

// Turns the models' state (StateRole, where StateIconRole says a state icon
// belongs) into icons from resources/: models stay free of widgets and
// resources, views get a decoration.
class StateIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit StateIconProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace imapdesk
