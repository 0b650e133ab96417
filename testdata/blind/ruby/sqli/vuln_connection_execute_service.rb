# frozen_string_literal: true

# Archives every order of a customer account in one statement.
class OrderArchiver
  def initialize(account_ref)
    @account_ref = account_ref
  end

  def call
    sql = "UPDATE orders SET archived_at = NOW() WHERE account_ref = '#{@account_ref}'"
    ActiveRecord::Base.connection.execute(sql) # LABEL: CWE-89
  end
end

class Admin::ArchivesController < Admin::BaseController
  def create
    OrderArchiver.new(params.require(:account_ref)).call
    redirect_to admin_orders_path, notice: "Archived"
  end
end
