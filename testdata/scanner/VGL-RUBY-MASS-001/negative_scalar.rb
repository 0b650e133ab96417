class AccountsController < ApplicationController
  def create
    @account = Account.new(name: params[:name], plan: "free")
    @account.save!
    Audit.create(action: "create", actor: current_user.id)
  end
end
