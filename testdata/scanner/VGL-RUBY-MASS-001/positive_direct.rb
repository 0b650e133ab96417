class AccountsController < ApplicationController
  def create
    @account = Account.new(params[:account]) # vigil:expect VGL-RUBY-MASS-001
    @account.save!
  end

  def update
    Account.find(params[:id]).update_attributes(params[:account]) # vigil:expect VGL-RUBY-MASS-001
  end
end
